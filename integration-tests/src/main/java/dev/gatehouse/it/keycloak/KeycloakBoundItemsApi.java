package dev.gatehouse.it.keycloak;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Items behind sender-constrained Keycloak tokens: DPoP-bound, and certificate-bound. */
@Path("/keycloak")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakBoundItemsApi {
  /** Items, for DPoP-bound tokens with {@code items.read} and a proof of the token's key. */
  @GET
  @Path("dpop/items")
  @SecurityRequirement(value = KeycloakSchemes.DPOP, scopes = "items.read")
  String dpopItems();

  /** Items, for tokens with {@code items.read} bound to the certificate of the TLS connection. */
  @GET
  @Path("mtls/items")
  @SecurityRequirement(value = KeycloakSchemes.MTLS, scopes = "items.read")
  String mtlsItems();
}
