package dev.gatehouse.quarkus.it;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS adapter as Quarkus REST finds it: a {@code @Provider} class discovered at build time
 * and created as a CDI bean, where Jersey would take {@code new GatehouseFeature(gatehouse)}.
 */
@Provider
public class GatehouseDynamicFeature implements DynamicFeature {
  private final GatehouseFeature feature;

  @Inject
  GatehouseDynamicFeature(Gatehouse gatehouse) {
    this.feature = new GatehouseFeature(gatehouse);
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    feature.configure(resource, context);
  }
}
