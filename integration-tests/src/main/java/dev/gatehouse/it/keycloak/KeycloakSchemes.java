package dev.gatehouse.it.keycloak;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.Scope;

/**
 * The Keycloak realm {@code gatehouse} as two security schemes. Annotation values are compile-time
 * constants, so the realm lives on a fixed loopback port that the tests start Keycloak on; the
 * runtime configures its verifier from the generated extractor's {@code OPEN_ID_CONNECT_URL}. Scope
 * names are token68 characters, so demo bearer tokens of the form {@code demo-<scope>} can carry
 * them too.
 */
@OpenIdConnect(
    schemeName = KeycloakSchemes.OIDC,
    openIdConnectUrl = KeycloakSchemes.DISCOVERY_URL,
    description = "Access tokens of the Keycloak realm `gatehouse`, keys found by discovery.")
@OAuth2(
    schemeName = KeycloakSchemes.OAUTH2,
    description = "Access tokens of the Keycloak realm `gatehouse`, keys from its JWKS URL.",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = KeycloakSchemes.TOKEN_URL,
                    scopes = {
                      @Scope(name = "items.read", description = "Read items."),
                      @Scope(name = "items.write", description = "Write items.")
                    }),
            password =
                @OAuthFlow(
                    tokenUrl = KeycloakSchemes.TOKEN_URL,
                    scopes = {
                      @Scope(name = "items.read", description = "Read items."),
                      @Scope(name = "items.write", description = "Write items.")
                    })))
@SuppressWarnings("SecDeprecatedFlow") // the tests obtain user tokens with the password grant
public final class KeycloakSchemes {
  /** The loopback port the test Keycloak listens on; fixed because annotations are constants. */
  public static final int PORT = 18080;

  /** The realm's issuer, exactly as Keycloak writes it into {@code iss}. */
  public static final String ISSUER = "http://127.0.0.1:18080/realms/gatehouse";

  /** The realm's OpenID Connect discovery document. */
  public static final String DISCOVERY_URL = ISSUER + "/.well-known/openid-configuration";

  /** The realm's token endpoint. */
  public static final String TOKEN_URL = ISSUER + "/protocol/openid-connect/token";

  /** The realm's JWK set. */
  public static final String JWKS_URL = ISSUER + "/protocol/openid-connect/certs";

  /** The audience Keycloak puts into access tokens meant for this API. */
  public static final String AUDIENCE = "gatehouse-api";

  /** The OpenID Connect scheme's name. */
  public static final String OIDC = "KeycloakOidc";

  /** The OAuth2 scheme's name. */
  public static final String OAUTH2 = "KeycloakOAuth2";

  private KeycloakSchemes() {}
}
