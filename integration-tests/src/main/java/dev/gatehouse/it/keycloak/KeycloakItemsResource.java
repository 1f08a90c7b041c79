package dev.gatehouse.it.keycloak;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.TreeSet;

/** The implementation of {@link KeycloakItemsApi}: each operation says who called it. */
public class KeycloakItemsResource implements KeycloakItemsApi {
  @Context SecurityContext security;

  @Override
  public String oidcItems() {
    return caller("oidcItems");
  }

  @Override
  public String oidcDrafts() {
    return caller("oidcDrafts");
  }

  @Override
  public String oidcMe() {
    return caller("oidcMe");
  }

  @Override
  public String oauth2Items() {
    return caller("oauth2Items");
  }

  @Override
  public String oauth2Drafts() {
    return caller("oauth2Drafts");
  }

  /** The verified caller as JSON; names and scopes are Keycloak UUIDs and scope-tokens. */
  private String caller(String operation) {
    Optional<Authentication> who = GatehouseFeature.authentication(security);
    if (who.isEmpty()) {
      return "{\"operation\":\"" + operation + "\",\"user\":null}";
    }
    Authentication a = who.get();
    return "{\"operation\":\"" + operation + "\",\"user\":\"" + a.name() + "\",\"scheme\":\""
        + a.scheme() + "\",\"scopes\":\"" + String.join(" ", new TreeSet<>(a.scopes())) + "\"}";
  }
}
