package dev.gatehouse.it.keycloak;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jwt.VerifiedJwt;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.TreeSet;

/** The implementation of {@link KeycloakItemsApi}: each operation says who called it. */
public class KeycloakItemsResource implements KeycloakItemsApi {
  @Context SecurityContext security;
  @Context HttpHeaders headers;

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

  @Override
  public String stepUpLogin() {
    return caller("stepUpLogin");
  }

  @Override
  public String stepUpGold() {
    return caller("stepUpGold");
  }

  @Override
  public String stepUpRecent() {
    return caller("stepUpRecent");
  }

  /** The verified caller as JSON; names and scopes are Keycloak UUIDs and scope-tokens. */
  private String caller(String operation) {
    if ("claims".equals(headers.getHeaderString("X-Caller"))) {
      // The verified token's claims, typed, without parsing the token again.
      VerifiedJwt jwt = GatehouseFeature.caller(security).principal(VerifiedJwt.class);
      return "{\"sub\":\""
          + jwt.subject().orElse("")
          + "\",\"iss\":\""
          + jwt.issuer()
          + "\",\"azp\":\""
          + jwt.stringClaim("azp").orElse("")
          + "\",\"email\":\""
          + jwt.stringClaim("email").orElse("")
          + "\",\"acr\":\""
          + jwt.acr().orElse("")
          + "\",\"auth_time\":"
          + jwt.authTime().map(t -> t.getEpochSecond()).orElse(-1L)
          + "}";
    }
    Optional<Authentication> who = GatehouseFeature.authentication(security);
    if (who.isEmpty()) {
      return "{\"operation\":\"" + operation + "\",\"user\":null}";
    }
    Authentication a = who.get();
    return "{\"operation\":\""
        + operation
        + "\",\"user\":\""
        + a.name()
        + "\",\"scheme\":\""
        + a.scheme()
        + "\",\"scopes\":\""
        + String.join(" ", new TreeSet<>(a.scopes()))
        + "\"}";
  }
}
