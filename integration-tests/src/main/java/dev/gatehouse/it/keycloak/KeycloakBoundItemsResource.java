package dev.gatehouse.it.keycloak;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The implementation of {@link KeycloakBoundItemsApi}: each operation says who called it. */
public class KeycloakBoundItemsResource implements KeycloakBoundItemsApi {
  @Context SecurityContext security;

  @Override
  public String dpopItems() {
    return caller("dpopItems");
  }

  @Override
  public String mtlsItems() {
    return caller("mtlsItems");
  }

  private String caller(String operation) {
    Authentication a = GatehouseFeature.authentication(security).orElseThrow();
    return "{\"operation\":\""
        + operation
        + "\",\"user\":\""
        + a.name()
        + "\",\"scheme\":\""
        + a.scheme()
        + "\"}";
  }
}
