/**
 * The JAX-RS adapter: register {@link dev.gatehouse.runtime.jaxrs.GatehouseFeature} and every
 * resource method that implements an operation of a Gatehouse endpoint interface is guarded by
 * exactly the security its OpenAPI document states. Needs a JAX-RS 3.1+ implementation ({@code
 * jakarta.ws.rs}) on the application's class path.
 */
package dev.gatehouse.runtime.jaxrs;
