/**
 * The Spring MVC adapter: {@link dev.gatehouse.runtime.spring.GatehouseInterceptor} decides each
 * request for the handler method Spring already resolved, {@link
 * dev.gatehouse.runtime.spring.GatehousePrincipalFilter} makes the verified caller the request's
 * principal, and {@link dev.gatehouse.runtime.spring.GatehouseAutoConfiguration} switches both on
 * in a Spring Boot application that has a {@link dev.gatehouse.runtime.Gatehouse} bean. Artifact
 * {@code gatehouse-spring-boot-starter}, for Spring Framework 7 and Spring Boot 4.
 */
package dev.gatehouse.runtime.spring;
