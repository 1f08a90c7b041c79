/**
 * A reactive Spring Boot sample on Reactor Netty: Spring-annotated endpoint interfaces guarded by
 * Gatehouse's WebFlux adapter, mirroring the Spring MVC sample of {@code spring-tests} (same
 * schemes, paths and verifiers), with handlers that read the verified caller each way WebFlux
 * offers: an {@code Authentication} or {@code Optional<Authentication>} argument, Spring's {@code
 * Principal} argument, and the exchange attribute.
 */
package dev.gatehouse.webflux.it;
