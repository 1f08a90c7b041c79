/**
 * The Spring WebFlux adapter: {@link dev.gatehouse.runtime.webflux.GatehouseWebFilter} decides each
 * request for the handler method Spring's own handler mappings resolve, off the event loop, and
 * makes the verified caller the exchange's principal; {@link
 * dev.gatehouse.runtime.webflux.AuthenticationArgumentResolver} hands it to controller methods;
 * {@link dev.gatehouse.runtime.webflux.GatehouseWebFluxAutoConfiguration} switches all of it on in
 * a reactive Spring Boot application that has a {@link dev.gatehouse.runtime.Gatehouse} bean. Built
 * on the adapter SPI ({@code dev.gatehouse.runtime.spi}) alone; needs Spring Framework 7 ({@code
 * spring-webflux}) and Reactor.
 */
package dev.gatehouse.runtime.webflux;
