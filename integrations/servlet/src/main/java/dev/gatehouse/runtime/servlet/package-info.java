/**
 * The Jakarta Servlet 6 adapter: register {@link
 * dev.gatehouse.runtime.servlet.GatehouseServletFilter} for {@code /*} and every request for a
 * Gatehouse operation is decided before any servlet runs. Needs {@code jakarta.servlet-api} 6,
 * which the container provides.
 */
package dev.gatehouse.runtime.servlet;
