package dev.gatehouse.it.keycloak;

import static dev.gatehouse.it.keycloak.KeycloakTest.assertInsufficientScope;
import static dev.gatehouse.it.keycloak.KeycloakTest.assertInvalidToken;
import static dev.gatehouse.it.keycloak.KeycloakTest.assertUnavailable;
import static dev.gatehouse.it.keycloak.Tokens.ALICE;
import static dev.gatehouse.it.keycloak.Tokens.ALICE_PASSWORD;
import static dev.gatehouse.it.keycloak.Tokens.CLI;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.jwt.IntrospectionVerifier;
import dev.gatehouse.runtime.jwt.JwtRejection;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.jwt.MultiIssuerJwtVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The resource-server features against a real Keycloak: opaque-token checks through its RFC 7662
 * introspection endpoint (confidential client {@code gatehouse-introspector}), including a token
 * revoked in Keycloak, and one bearer scheme trusting two realms ({@code gatehouse} and {@code
 * gatehouse-tenant}), each with its own keys. Endpoints are served by Jersey ({@link
 * ProtectedApi}).
 */
class KeycloakResourceServerTest {
  private static final String INTROSPECTION_URL =
      KeycloakSchemes.ISSUER + "/protocol/openid-connect/token/introspect";
  private static final String OIDC_ITEMS = "/keycloak/oidc/items";
  private static final String OIDC_DRAFTS = "/keycloak/oidc/drafts";
  private static final String OIDC_ME = "/keycloak/oidc/me";
  private static final String OAUTH2_ITEMS = "/keycloak/oauth2/items";

  @BeforeAll
  static void startKeycloak() {
    KeycloakServer.shared();
  }

  static IntrospectionVerifier.Builder introspection(MutableClock clock) {
    return IntrospectionVerifier.builder()
        .endpoint(URI.create(INTROSPECTION_URL))
        .clientCredentials(Tokens.INTROSPECTOR, Tokens.INTROSPECTOR_SECRET)
        .issuer(KeycloakSchemes.ISSUER)
        .audience(KeycloakSchemes.AUDIENCE)
        .clock(clock);
  }

  /** Tokens checked by asking Keycloak, as if they were opaque. */
  @Nested
  class Introspection {
    @Test
    void keycloaksAnswerGrantsSubjectAndScopes() throws Exception {
      MutableClock clock = MutableClock.system();
      IntrospectionVerifier verifier = introspection(clock).build();
      try (ProtectedApi api = ProtectedApi.start(verifier, verifier)) {
        String token = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
        String sub = Tokens.claims(token).path("sub").asText();

        assertThat(api.get(OIDC_ITEMS, token).body())
            .isEqualTo(
                "{\"operation\":\"oidcItems\",\"user\":\""
                    + sub
                    + "\",\"scheme\":\"KeycloakOidc\",\"scopes\":\"items.read\"}");
        assertThat(api.get(OAUTH2_ITEMS, token).statusCode()).isEqualTo(200);
        assertInsufficientScope(api.get(OIDC_DRAFTS, token), "items.write");

        String service =
            Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();
        assertThat(api.get(OIDC_ITEMS, service).statusCode()).isEqualTo(200);
        // Keycloak's answer carries client_id: the allowlist sees it.
        IntrospectionVerifier onlyCli = introspection(clock).allowedClients(CLI).build();
        assertThat(onlyCli.check(token).isValid()).isTrue();
        assertThat(onlyCli.check(service).rejection()).contains(JwtRejection.INVALID_CLAIM);
      }
    }

    @Test
    void unknownForeignAndOtherAudienceTokensAreRefused() throws Exception {
      IntrospectionVerifier verifier = introspection(MutableClock.system()).build();
      try (ProtectedApi api = ProtectedApi.start(verifier, verifier)) {
        assertInvalidToken(
            api.get(OIDC_ME, "an-opaque-token-Keycloak-never-issued"),
            "The access token is not active");
        String tenant =
            Tokens.clientCredentials(
                    Tokens.TENANT_TOKEN_URL,
                    Tokens.TENANT_SERVICE,
                    Tokens.TENANT_SERVICE_SECRET,
                    "")
                .accessToken();
        // The other realm's token is not this realm's: Keycloak calls it inactive.
        assertInvalidToken(api.get(OIDC_ME, tenant), "The access token is not active");
        String other =
            Tokens.clientCredentials(Tokens.OTHER_SERVICE, Tokens.OTHER_SERVICE_SECRET, "")
                .accessToken();
        assertInvalidToken(api.get(OIDC_ITEMS, other), "The access token audience is not accepted");
      }
    }

    @Test
    void aTokenRevokedInKeycloakIsRefusedOnceTheCacheBoundHasPassed() throws Exception {
      MutableClock clock = MutableClock.system();
      Duration bound = Duration.ofSeconds(30);
      IntrospectionVerifier verifier = introspection(clock).cache(1000, bound).build();
      try (ProtectedApi api = ProtectedApi.start(verifier, verifier)) {
        String token = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
        assertThat(api.get(OIDC_ITEMS, token).statusCode()).isEqualTo(200);

        Tokens.revoke(CLI, token);
        // Keycloak now calls it inactive (asked without a cache) ...
        assertThat(introspection(clock).build().check(token).rejection())
            .contains(JwtRejection.INACTIVE);
        // ... while the cached acceptance still serves, within the configured bound ...
        assertThat(api.get(OIDC_ITEMS, token).statusCode()).isEqualTo(200);
        // ... and not past it.
        clock.advance(bound);
        assertInvalidToken(api.get(OIDC_ITEMS, token), "The access token is not active");
        assertInvalidToken(api.get(OAUTH2_ITEMS, token), "The access token is not active");
      }
    }

    @Test
    void aWrongClientSecretIs503NeverAnAccept() {
      IntrospectionVerifier verifier =
          introspection(MutableClock.system())
              .clientCredentials(Tokens.INTROSPECTOR, "not-the-secret")
              .build();
      try (ProtectedApi api = ProtectedApi.start(verifier, verifier)) {
        String token = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
        assertUnavailable(api.get(OIDC_ITEMS, token));
      }
    }
  }

  /** One scheme trusting both realms, each with its own keys. */
  @Nested
  class SeveralIssuers {
    private JwtVerifier realm(String issuer, URI jwksUrl) {
      return JwtVerifier.builder()
          .issuer(issuer)
          .audience(KeycloakSchemes.AUDIENCE)
          .algorithms(JWSAlgorithm.RS256)
          .jwksUrl(jwksUrl)
          .build();
    }

    @Test
    void tokensOfBothRealmsAreAcceptedEachWithItsOwnKeys() {
      try (CountingJwks main = new CountingJwks();
          CountingJwks tenant =
              new CountingJwks(
                  URI.create(Tokens.TENANT_ISSUER + "/protocol/openid-connect/certs"));
          ProtectedApi api = start(main, tenant)) {
        String mainToken =
            Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();
        String tenantToken =
            Tokens.clientCredentials(
                    Tokens.TENANT_TOKEN_URL,
                    Tokens.TENANT_SERVICE,
                    Tokens.TENANT_SERVICE_SECRET,
                    "")
                .accessToken();
        assertThat(Tokens.claims(tenantToken).path("iss").asText()).isEqualTo(Tokens.TENANT_ISSUER);
        assertThat(Tokens.header(tenantToken).path("kid").asText())
            .isNotEqualTo(Tokens.header(mainToken).path("kid").asText());

        assertThat(api.get(OIDC_ITEMS, mainToken).statusCode()).isEqualTo(200);
        assertThat(api.get(OIDC_ITEMS, tenantToken).statusCode()).isEqualTo(200);
        assertThat(api.get(OIDC_ITEMS, tenantToken).body())
            .contains("\"user\":\"" + Tokens.claims(tenantToken).path("sub").asText() + "\"");
        assertThat(main.fetches()).isEqualTo(1);
        assertThat(tenant.fetches()).isEqualTo(1);
      }
    }

    @Test
    void anotherIssuersSignatureOrAnUnknownIssuerIsRefused() {
      try (CountingJwks main = new CountingJwks();
          CountingJwks tenant =
              new CountingJwks(
                  URI.create(Tokens.TENANT_ISSUER + "/protocol/openid-connect/certs"));
          ProtectedApi api = start(main, tenant)) {
        String mainToken =
            Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();
        String tenantToken =
            Tokens.clientCredentials(
                    Tokens.TENANT_TOKEN_URL,
                    Tokens.TENANT_SERVICE,
                    Tokens.TENANT_SERVICE_SECRET,
                    "")
                .accessToken();

        // An unknown issuer (a third realm's name): refused before any key fetch.
        String unknown = withIss(mainToken, KeycloakSchemes.ISSUER.replace("gatehouse", "evil"));
        assertInvalidToken(api.get(OIDC_ITEMS, unknown), "The access token issuer is not accepted");
        assertThat(main.fetches() + tenant.fetches()).isZero();

        // The main realm's signed token rewritten to name the tenant: checked with the tenant's
        // keys only, where the main realm's kid is unknown.
        assertThat(api.get(OIDC_ITEMS, tenantToken).statusCode()).isEqualTo(200);
        assertInvalidToken(
            api.get(OIDC_ITEMS, withIss(mainToken, Tokens.TENANT_ISSUER)),
            "The access token signing key is unknown");
        // And the tenant's token rewritten to name the main realm, with the main realm's kid.
        String confused =
            withKid(
                withIss(tenantToken, KeycloakSchemes.ISSUER),
                Tokens.header(mainToken).path("kid").asText());
        assertInvalidToken(api.get(OIDC_ITEMS, confused), "The access token signature is invalid");
        assertThat(main.fetches()).isEqualTo(1);
      }
    }

    private ProtectedApi start(CountingJwks main, CountingJwks tenant) {
      MultiIssuerJwtVerifier verifier =
          MultiIssuerJwtVerifier.of(
              realm(KeycloakSchemes.ISSUER, main.url()), realm(Tokens.TENANT_ISSUER, tenant.url()));
      return ProtectedApi.start(verifier, verifier);
    }
  }

  /** {@code jwt} with its payload's {@code iss} replaced and the signature kept. */
  private static String withIss(String jwt, String iss) {
    String[] parts = jwt.split("\\.");
    String payload = decode(parts[1]);
    String original = Tokens.claims(jwt).path("iss").asText();
    return parts[0]
        + "."
        + encode(payload.replace("\"" + original + "\"", "\"" + iss + "\""))
        + "."
        + parts[2];
  }

  /** {@code jwt} with its header's {@code kid} replaced and the signature kept. */
  private static String withKid(String jwt, String kid) {
    String[] parts = jwt.split("\\.");
    String header = decode(parts[0]);
    String original = Tokens.header(jwt).path("kid").asText();
    return encode(header.replace("\"" + original + "\"", "\"" + kid + "\""))
        + "."
        + parts[1]
        + "."
        + parts[2];
  }

  private static String decode(String segment) {
    return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
