/**
 * The Jakarta Servlet 6 adapter: register {@link
 * dev.gatehouse.runtime.servlet.GatehouseServletFilter} for {@code /*} and every request for a
 * Gatehouse operation is decided before any servlet runs. Artifact {@code gatehouse-servlet},
 * compiled against {@code jakarta.servlet-api} 6, which the container implements.
 */
package dev.gatehouse.runtime.servlet;
