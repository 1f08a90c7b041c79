/**
 * The Quarkus glue of the sample service: the CDI bean holding its {@code Gatehouse} and the
 * {@code @Provider} that hands it to the JAX-RS adapter.
 */
package dev.gatehouse.quarkus.it;
