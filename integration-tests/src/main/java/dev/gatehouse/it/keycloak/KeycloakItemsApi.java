package dev.gatehouse.it.keycloak;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Items behind Keycloak tokens: the same operations once per scheme. */
@Path("/keycloak")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakItemsApi {
  /** Items, for OpenID Connect tokens with {@code items.read}. */
  @GET
  @Path("oidc/items")
  @SecurityRequirement(value = KeycloakSchemes.OIDC, scopes = "items.read")
  String oidcItems();

  /** Draft items, for OpenID Connect tokens with {@code items.write}. */
  @GET
  @Path("oidc/drafts")
  @SecurityRequirement(value = KeycloakSchemes.OIDC, scopes = "items.write")
  String oidcDrafts();

  /** Who the caller is, for any OpenID Connect token of the realm. */
  @GET
  @Path("oidc/me")
  @SecurityRequirement(KeycloakSchemes.OIDC)
  String oidcMe();

  /** Items, for OAuth2 tokens with {@code items.read}. */
  @GET
  @Path("oauth2/items")
  @SecurityRequirement(value = KeycloakSchemes.OAUTH2, scopes = "items.read")
  String oauth2Items();

  /** Draft items, for OAuth2 tokens with {@code items.write}. */
  @GET
  @Path("oauth2/drafts")
  @SecurityRequirement(value = KeycloakSchemes.OAUTH2, scopes = "items.write")
  String oauth2Drafts();

  /**
   * Who the caller is, for an OpenID Connect token from a password login: Keycloak's {@code acr}
   * {@code "1"} (RFC 9470 step-up).
   */
  @GET
  @Path("oidc/step-up/login")
  @SecurityRequirement(KeycloakSchemes.OIDC)
  @StepUp(acrValues = "1")
  String stepUpLogin();

  /** Who the caller is, for a token from a {@code gold} or {@code platinum} login. */
  @GET
  @Path("oidc/step-up/gold")
  @SecurityRequirement(KeycloakSchemes.OIDC)
  @StepUp(
      acrValues = {"gold", "platinum"},
      maxAge = 300)
  String stepUpGold();

  /** Who the caller is, for a token from a login at most 5 minutes old. */
  @GET
  @Path("oidc/step-up/recent")
  @SecurityRequirement(KeycloakSchemes.OIDC)
  @StepUp(maxAge = 300)
  String stepUpRecent();
}
