package dev.gatehouse.it.keycloak;

import static dev.gatehouse.it.keycloak.Tokens.ALICE;
import static dev.gatehouse.it.keycloak.Tokens.ALICE_PASSWORD;
import static dev.gatehouse.it.keycloak.Tokens.BOB;
import static dev.gatehouse.it.keycloak.Tokens.BOB_PASSWORD;
import static dev.gatehouse.it.keycloak.Tokens.CLI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;

/**
 * Tokens from a real Keycloak (started once for this class, realm {@code gatehouse} imported from
 * {@code src/test/resources/keycloak}) against endpoints declared with {@code @OpenIdConnect} (keys
 * by discovery, RFC 9068 typing) and {@code @OAuth2} (keys from the JWKS URL): scopes, grants,
 * audiences, ID tokens, expiry, key rotation, and Keycloak going away. The groups run in order
 * because the last one stops Keycloak.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class KeycloakTest {
  private static final String REALM = "Gatehouse integration tests";
  static final String NO_CREDENTIALS = "Bearer realm=\"" + REALM + "\"";
  private static final String OIDC_ITEMS = "/keycloak/oidc/items";
  private static final String OIDC_DRAFTS = "/keycloak/oidc/drafts";
  private static final String OIDC_ME = "/keycloak/oidc/me";
  private static final String OAUTH2_ITEMS = "/keycloak/oauth2/items";
  private static final String OAUTH2_DRAFTS = "/keycloak/oauth2/drafts";

  private static KeycloakServer keycloak;

  @BeforeAll
  static void startKeycloak() {
    keycloak = KeycloakServer.shared();
  }

  /** Tokens of the running Keycloak, each kind accepted or refused for the right reason. */
  @Nested
  @Order(1)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Grants {
    private final MutableClock clock = MutableClock.system();
    private ProtectedApi api;

    @BeforeAll
    void start() {
      api = ProtectedApi.start(clock);
    }

    @AfterAll
    void stop() {
      if (api != null) {
        api.close();
      }
    }

    @Test
    void passwordGrantWithTheScopeIsLetInOnBothSchemes() {
      String token = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
      JsonNode claims = Tokens.claims(token);
      assertThat(Tokens.header(token).path("typ").asText()).isEqualTo("at+jwt");
      assertThat(claims.path("aud").asText()).isEqualTo(KeycloakSchemes.AUDIENCE);
      String sub = claims.path("sub").asText();

      HttpResponse<String> oidc = api.get(OIDC_ITEMS, token);
      HttpResponse<String> oauth2 = api.get(OAUTH2_ITEMS, token);

      assertThat(oidc.statusCode()).isEqualTo(200);
      assertThat(oidc.body())
          .isEqualTo(
              "{\"operation\":\"oidcItems\",\"user\":\""
                  + sub
                  + "\",\"scheme\":\"KeycloakOidc\",\"scopes\":\"items.read\"}");
      assertThat(oauth2.statusCode()).isEqualTo(200);
      assertThat(oauth2.body()).contains("\"user\":\"" + sub + "\",\"scheme\":\"KeycloakOAuth2\"");

      // The handler reads the verified claims from the typed principal (VerifiedJwt).
      HttpResponse<String> withClaims = api.get(OIDC_ITEMS, token, "X-Caller", "claims");
      assertThat(withClaims.body())
          .isEqualTo(
              "{\"sub\":\""
                  + sub
                  + "\",\"iss\":\""
                  + claims.path("iss").asText()
                  + "\",\"azp\":\""
                  + claims.path("azp").asText()
                  + "\",\"email\":\""
                  + claims.path("email").asText()
                  + "\",\"acr\":\""
                  + claims.path("acr").asText()
                  + "\",\"auth_time\":"
                  + claims.path("auth_time").asLong(-1)
                  + "}");
      assertThat(claims.path("azp").asText()).isNotEmpty();
    }

    @Test
    void bothScopesOpenTheWriteOperation() {
      String token =
          Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read items.write").accessToken();

      assertThat(api.get(OIDC_DRAFTS, token).statusCode()).isEqualTo(200);
      assertThat(api.get(OAUTH2_DRAFTS, token).statusCode()).isEqualTo(200);
      assertThat(api.get(OAUTH2_DRAFTS, token).body())
          .contains("\"scopes\":\"items.read items.write\"");
    }

    @Test
    void aMissingScopeIs403InsufficientScope() {
      String noScope = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "").accessToken();
      String readOnly = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();

      assertInsufficientScope(api.get(OIDC_ITEMS, noScope), "items.read");
      assertInsufficientScope(api.get(OAUTH2_ITEMS, noScope), "items.read");
      assertInsufficientScope(api.get(OIDC_DRAFTS, readOnly), "items.write");
      assertInsufficientScope(api.get(OAUTH2_DRAFTS, readOnly), "items.write");
      // Any valid token of the realm passes an operation that requires no scope.
      assertThat(api.get(OIDC_ME, noScope).statusCode()).isEqualTo(200);
    }

    @Test
    void aScopeKeycloakWithholdsIsMissing() {
      // Bob asks for items.read, but no role of his permits it: Keycloak leaves it out.
      String token = Tokens.password(CLI, BOB, BOB_PASSWORD, "items.read").accessToken();
      assertThat(Tokens.claims(token).path("scope").asText()).doesNotContain("items.read");

      assertInsufficientScope(api.get(OIDC_ITEMS, token), "items.read");
      assertInsufficientScope(api.get(OAUTH2_ITEMS, token), "items.read");
      assertThat(api.get(OIDC_ME, token).statusCode()).isEqualTo(200);
    }

    @Test
    void clientCredentialsTokenIsLetInWhereItsScopeSuffices() {
      String token =
          Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();
      JsonNode claims = Tokens.claims(token);
      assertThat(claims.path("azp").asText()).isEqualTo(Tokens.SERVICE);
      String serviceAccount = claims.path("sub").asText();

      HttpResponse<String> oidc = api.get(OIDC_ITEMS, token);
      assertThat(oidc.statusCode()).isEqualTo(200);
      assertThat(oidc.body())
          .contains("\"user\":\"" + serviceAccount + "\"", "\"scopes\":\"items.read\"");
      assertThat(api.get(OAUTH2_ITEMS, token).statusCode()).isEqualTo(200);
      assertInsufficientScope(api.get(OIDC_DRAFTS, token), "items.write");
      assertInsufficientScope(api.get(OAUTH2_DRAFTS, token), "items.write");
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
      String token =
          Tokens.clientCredentials(Tokens.OTHER_SERVICE, Tokens.OTHER_SERVICE_SECRET, "")
              .accessToken();
      assertThat(Tokens.claims(token).path("aud").asText()).isEqualTo("other-api");
      assertThat(Tokens.claims(token).path("scope").asText()).isEqualTo("items.read");

      for (String path : List.of(OIDC_ITEMS, OIDC_ME, OAUTH2_ITEMS)) {
        assertInvalidToken(api.get(path, token), "The access token audience is not accepted");
      }
    }

    @Test
    void anIdTokenIsNoAccessToken() {
      Tokens.TokenResponse response =
          Tokens.password(CLI, ALICE, ALICE_PASSWORD, "openid items.read");
      String idToken = response.idToken();
      // What tells them apart in Keycloak: the ID token's header typ is JWT (the access token's is
      // at+jwt here), its aud is the client, and its payload typ claim is "ID" (not "Bearer").
      assertThat(Tokens.header(idToken).path("typ").asText()).isEqualTo("JWT");
      assertThat(Tokens.claims(idToken).path("typ").asText()).isEqualTo("ID");
      assertThat(Tokens.claims(idToken).path("aud").asText()).isEqualTo(CLI);
      assertThat(Tokens.claims(response.accessToken()).path("typ").asText()).isEqualTo("Bearer");

      // RFC 9068 typing (OpenID Connect verifier) refuses it by its header typ ...
      assertInvalidToken(api.get(OIDC_ME, idToken), "The access token type is not accepted");
      // ... and without it (OAuth2 verifier) the audience rule refuses it.
      assertInvalidToken(
          api.get(OAUTH2_ITEMS, idToken), "The access token audience is not accepted");
      // The access token of the same response is fine.
      assertThat(api.get(OIDC_ITEMS, response.accessToken()).statusCode()).isEqualTo(200);
      assertThat(api.get(OAUTH2_ITEMS, response.accessToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs401() {
      // gatehouse-short's access tokens live 5 s; the verifiers allow 60 s of clock skew.
      String token =
          Tokens.password(Tokens.SHORT_LIVED, ALICE, ALICE_PASSWORD, "items.read").accessToken();
      JsonNode claims = Tokens.claims(token);
      long exp = claims.path("exp").asLong();
      assertThat(exp - claims.path("iat").asLong()).isEqualTo(5);
      assertThat(api.get(OIDC_ITEMS, token).statusCode()).isEqualTo(200);

      try {
        // To one second past exp + skew.
        clock.advance(Duration.between(Instant.now(), Instant.ofEpochSecond(exp + 61)));
        assertInvalidToken(api.get(OIDC_ITEMS, token), "The access token expired");
        assertInvalidToken(api.get(OAUTH2_ITEMS, token), "The access token expired");
      } finally {
        clock.reset();
      }
    }

    @Test
    void noTokenIs401WithAPlainChallenge() {
      HttpResponse<String> response = api.get(OIDC_ITEMS, null);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(NO_CREDENTIALS);
    }
  }

  /** Keycloak signs with a new key: the verifiers fetch the key set once more, not more. */
  @Nested
  @Order(2)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class KeyRotation {
    @Test
    void aNewKidCausesOneRateLimitedJwksRefresh() {
      // A frozen clock, moved only by this test, makes the 30 s refresh rate limit exact.
      MutableClock clock = MutableClock.frozenNow();
      try (CountingJwks jwks = new CountingJwks();
          ProtectedApi api =
              ProtectedApi.start(
                  ProtectedApi.openIdConnectVerifier(clock, ProtectedApi.DEFAULT_TTL),
                  ProtectedApi.oauth2Verifier(jwks.url(), clock, ProtectedApi.DEFAULT_TTL))) {
        String before = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
        String oldKid = Tokens.header(before).path("kid").asText();
        assertThat(api.get(OIDC_ITEMS, before).statusCode()).isEqualTo(200);
        assertThat(api.get(OAUTH2_ITEMS, before).statusCode()).isEqualTo(200);
        assertThat(jwks.fetches()).isEqualTo(1);

        String newKid = keycloak.rotateSigningKey();
        String after = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(Tokens.header(after).path("kid").asText()).isEqualTo(newKid);

        // Less than 30 s after the last fetch an unknown kid may not cause another one.
        assertInvalidToken(api.get(OIDC_ITEMS, after), "The access token signing key is unknown");
        assertInvalidToken(api.get(OAUTH2_ITEMS, after), "The access token signing key is unknown");
        assertThat(jwks.fetches()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        assertThat(api.get(OIDC_ITEMS, after).statusCode()).isEqualTo(200);
        assertThat(api.get(OAUTH2_ITEMS, after).statusCode()).isEqualTo(200);
        assertThat(jwks.fetches()).isEqualTo(2);

        // The refreshed set serves new tokens, and old ones while Keycloak still publishes their
        // key.
        String another = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
        for (String token : List.of(after, another, before)) {
          assertThat(api.get(OIDC_ITEMS, token).statusCode()).isEqualTo(200);
          assertThat(api.get(OAUTH2_ITEMS, token).statusCode()).isEqualTo(200);
        }
        assertThat(jwks.fetches()).isEqualTo(2);
      }
    }
  }

  /** Keycloak stops: cached keys keep working; a verifier that never had keys answers 503. */
  @Nested
  @Order(3)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class KeycloakStopped {
    private final MutableClock warmClock = MutableClock.system();

    /** The shortest key-cache TTL; the outage tolerance is ten times it by default. */
    private static final Duration STALE_TTL = Duration.ofMinutes(1);

    private final MutableClock staleClock = MutableClock.system();
    private ProtectedApi warm;
    private ProtectedApi stale;
    private String userToken;
    private String serviceToken;

    @BeforeAll
    void fetchKeysThenStopKeycloak() {
      warm = ProtectedApi.start(warmClock);
      stale = ProtectedApi.start(staleClock, STALE_TTL);
      userToken = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "items.read").accessToken();
      serviceToken =
          Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();
      for (ProtectedApi api : List.of(warm, stale)) {
        assertThat(api.get(OIDC_ITEMS, userToken).statusCode()).isEqualTo(200);
        assertThat(api.get(OAUTH2_ITEMS, userToken).statusCode()).isEqualTo(200);
      }

      keycloak.stop();
      assertThatThrownBy(() -> discovery()).isInstanceOf(ConnectException.class);
    }

    @AfterAll
    void close() {
      for (ProtectedApi api : new ProtectedApi[] {warm, stale}) {
        if (api != null) {
          api.close();
        }
      }
    }

    @Test
    void cachedKeysKeepWorking() {
      for (String token : List.of(userToken, serviceToken)) {
        assertThat(warm.get(OIDC_ITEMS, token).statusCode()).isEqualTo(200);
        assertThat(warm.get(OAUTH2_ITEMS, token).statusCode()).isEqualTo(200);
      }
    }

    @Test
    void aVerifierThatNeverHadKeysAnswers503() {
      try (ProtectedApi fresh = ProtectedApi.start(MutableClock.system())) {
        assertUnavailable(fresh.get(OIDC_ITEMS, userToken));
        assertUnavailable(fresh.get(OAUTH2_ITEMS, userToken));
        // A forged or foreign token gets the same: without keys nothing can be judged.
        assertUnavailable(fresh.get(OIDC_ME, serviceToken));
      }
    }

    @Test
    void staleKeysServeUntilTheOutageToleranceThen503() {
      // Past the cache TTL the refresh fails, and the last good keys are still used ...
      staleClock.advance(STALE_TTL.plusSeconds(1));
      assertThat(stale.get(OIDC_ITEMS, userToken).statusCode()).isEqualTo(200);
      assertThat(stale.get(OAUTH2_ITEMS, userToken).statusCode()).isEqualTo(200);
      // ... until TTL + outage tolerance (default 10 x TTL) have passed.
      staleClock.advance(STALE_TTL.multipliedBy(10));
      assertUnavailable(stale.get(OIDC_ITEMS, userToken));
      assertUnavailable(stale.get(OAUTH2_ITEMS, userToken));
    }

    private void discovery() throws IOException, InterruptedException {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(KeycloakSchemes.DISCOVERY_URL)).build(),
              HttpResponse.BodyHandlers.discarding());
    }
  }

  static void assertInsufficientScope(HttpResponse<String> response, String scope) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(403);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .containsExactly(
            NO_CREDENTIALS + ", error=\"insufficient_scope\", scope=\"" + scope + "\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  static void assertInvalidToken(HttpResponse<String> response, String description) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(401);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .containsExactly(
            NO_CREDENTIALS
                + ", error=\"invalid_token\", error_description=\""
                + description
                + "\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** Security rules 1.5.6 and decision P9: 503 with Retry-After, never 401, never let in. */
  static void assertUnavailable(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After"))
        .as("Retry-After")
        .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
    assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body()).contains("Authentication is temporarily unavailable");
  }
}
