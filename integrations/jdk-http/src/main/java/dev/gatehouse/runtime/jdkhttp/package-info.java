/**
 * The JDK {@code com.sun.net.httpserver} adapter: add {@link
 * dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter} to a context's filters and every request for a
 * Gatehouse operation is decided before the context's handler runs. No dependencies.
 */
package dev.gatehouse.runtime.jdkhttp;
