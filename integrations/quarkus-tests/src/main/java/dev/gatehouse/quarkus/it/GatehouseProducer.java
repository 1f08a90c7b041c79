package dev.gatehouse.quarkus.it;

import dev.gatehouse.it.ExampleSecurity;
import dev.gatehouse.runtime.Gatehouse;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's {@link Gatehouse} as a CDI bean: the sample service's verifiers. */
public class GatehouseProducer {
  @Produces
  @Singleton
  Gatehouse gatehouse() {
    return ExampleSecurity.gatehouse();
  }
}
