/**
 * What a framework adapter builds on, and all it may use besides the public API: the {@link
 * dev.gatehouse.runtime.spi.Operation}s of a {@link dev.gatehouse.runtime.Gatehouse}, found for a
 * request either by the handler method the framework chose ({@link
 * dev.gatehouse.runtime.spi.HandlerOperations}) or by method and raw path ({@link
 * dev.gatehouse.runtime.spi.RouteTable}); the decision each operation makes; the {@link
 * dev.gatehouse.runtime.spi.Refusal} to write when it refuses; the {@link
 * dev.gatehouse.runtime.spi.BodyBuffer} that lets a request body be read and still handed on whole;
 * and the {@link dev.gatehouse.runtime.spi.Attributes} names under which the verified caller is
 * exposed.
 *
 * <p>The JAX-RS, Servlet, JDK {@code HttpServer} and Spring MVC adapters use this package and
 * nothing from {@code dev.gatehouse.runtime.internal}; an adapter for another framework needs
 * nothing more.
 */
package dev.gatehouse.runtime.spi;
