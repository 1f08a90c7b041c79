/**
 * A Spring Boot sample: Spring MVC-annotated endpoint interfaces guarded by Gatehouse, mirroring
 * the JAX-RS sample of the integration tests.
 */
package dev.gatehouse.spring.it;
