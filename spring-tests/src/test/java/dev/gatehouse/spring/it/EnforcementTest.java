package dev.gatehouse.spring.it;

import static dev.gatehouse.spring.it.SpringExample.ADMIN;
import static dev.gatehouse.spring.it.SpringExample.ADMIN_PASSWORD;
import static dev.gatehouse.spring.it.SpringExample.API_KEY;
import static dev.gatehouse.spring.it.SpringExample.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated glue guarding a Spring Boot 4 application (embedded Tomcat) over loopback:
 * every scheme kind, success and refusal, with the exact challenges.
 */
class EnforcementTest {
  private static final String REALM = "Gatehouse Spring tests";
  private static final String KEY_CHALLENGE = "APIKey realm=\"" + REALM + "\"";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"" + REALM + "\"";
  private static final String BASIC_CHALLENGE = "Basic realm=\"gatehouse\", charset=\"UTF-8\"";

  private static SpringServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = SpringServer.start();
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void apiKeyGrantsAccessAndTheEndpointSeesThePrincipal() {
    HttpResponse<String> response = http.send("/items?limit=3", "X-API-Key", API_KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("{\"operation\":\"items\",\"user\":\"ci-bot\",\"scheme\":\"APIKeyHeader\",\"scopes\":\"\"}");
  }

  @Test
  void missingApiKeyIs401WithTheApiKeyChallengeAndNoStore() {
    HttpResponse<String> response = http.send("/items");

    assertRefused(response, 401, List.of(KEY_CHALLENGE), "Not authenticated");
  }

  @Test
  void wrongApiKeyIs401Invalid() {
    assertRefused(
        http.send("/items", "X-API-Key", API_KEY + "x"),
        401,
        List.of(KEY_CHALLENGE),
        "Invalid authentication credentials");
  }

  @Test
  void duplicateApiKeyHeadersAre400() {
    assertRefused(
        http.send("/items", "X-API-Key", API_KEY, "X-API-Key", API_KEY), 400, List.of(), "Ambiguous credentials");
  }

  @Test
  void basicUserIsLetInAndWrongOrDisabledUsersAreNot() {
    HttpResponse<String> ok = http.send("/admin", "Authorization", Http.basic(ADMIN, ADMIN_PASSWORD));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"user\":\"admin\",\"scheme\":\"HTTPBasic\",\"scopes\":\"admin\"");

    assertRefused(
        http.send("/admin", "Authorization", Http.basic(ADMIN, "wrong")),
        401,
        List.of(BASIC_CHALLENGE),
        "Invalid authentication credentials");
    assertRefused(
        http.send(
            "/admin",
            "Authorization",
            Http.basic(SpringExample.DISABLED, SpringExample.DISABLED_PASSWORD)),
        401,
        List.of(BASIC_CHALLENGE),
        "Invalid authentication credentials");
    assertRefused(http.send("/admin"), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
    assertRefused(
        http.send("/admin", "Authorization", "Basic dXNlcjpwYXM"),
        401,
        List.of(BASIC_CHALLENGE),
        "Invalid authentication credentials");
  }

  @Test
  void eitherAlternativeIsEnoughAndChallengesFollowTheDocument() {
    assertThat(http.send("/items/" + java.util.UUID.randomUUID(), "X-API-Key", API_KEY).statusCode())
        .isEqualTo(200);
    assertThat(
            http.send("/items/" + java.util.UUID.randomUUID(), "Authorization", Http.bearer(demoToken()))
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/items/" + java.util.UUID.randomUUID()),
        401,
        List.of(KEY_CHALLENGE, BEARER_CHALLENGE),
        "Not authenticated");
  }

  @Test
  void anInvalidCredentialFailsEvenBesideAValidAlternative() {
    assertRefused(
        http.send(
            "/items/" + java.util.UUID.randomUUID(),
            "X-API-Key", API_KEY,
            "Authorization", Http.bearer("forged")),
        401,
        List.of(KEY_CHALLENGE, BEARER_CHALLENGE + ", error=\"invalid_token\""),
        "Invalid authentication credentials");
  }

  @Test
  void bothCredentialsAreNeededTogether() {
    assertThat(
            http.send("/both", "X-API-Key", API_KEY, "Authorization", Http.bearer(demoToken()))
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/both", "X-API-Key", API_KEY), 401, List.of(KEY_CHALLENGE, BEARER_CHALLENGE), "Not authenticated");
  }

  @Test
  void optionalSecurityLetsAnonymousInButStillChecksCredentials() {
    HttpResponse<String> anonymous = http.send("/maybe");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo("{\"operation\":\"maybe\",\"user\":null}");

    assertThat(http.send("/maybe", "Authorization", Http.bearer(demoToken())).body())
        .contains("\"user\":\"token-user\"");
    assertRefused(
        http.send("/maybe", "Authorization", Http.bearer("forged")),
        401,
        List.of(BEARER_CHALLENGE + ", error=\"invalid_token\""),
        "Invalid authentication credentials");
  }

  @Test
  void publicOperationNeedsNothing() {
    assertThat(http.send("/hello").statusCode()).isEqualTo(200);
  }

  @Test
  void scopesAreEnforcedWith403InsufficientScope() {
    assertThat(http.send("/users/me", "Authorization", Http.bearer(demoToken("me"))).statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/users/me/items", "Authorization", Http.bearer(demoToken("me"))),
        403,
        List.of(BEARER_CHALLENGE + ", error=\"insufficient_scope\", scope=\"items me\""),
        "Not enough permissions; missing scopes: items");
    assertThat(
            http.send("/users/me/items", "Authorization", Http.bearer(demoToken("items", "me")))
                .body())
        .contains("\"scheme\":\"OAuth2PasswordBearer\",\"scopes\":\"items me\"");
  }

  @Test
  void theCallerReachesPrincipalAndAuthenticationArguments() {
    assertThat(http.send("/users/me", "Authorization", Http.bearer(demoToken("me"))).body())
        .isEqualTo(
            "{\"operation\":\"me\",\"user\":\"token-user\",\"scheme\":\"OAuth2PasswordBearer\",\"scopes\":\"me\"}");
    assertThat(http.send("/users/me/items", "Authorization", Http.bearer(demoToken("items", "me"))).body())
        .startsWith("{\"operation\":\"myItems\",\"user\":\"token-user\"");
  }

  @Test
  void theDocumentIsServedWithoutSpringdoc() {
    HttpResponse<String> response = http.send("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(response.body()).contains("\"title\": \"Gatehouse Spring tests\"").contains("\"/users/me/items\"");
  }

  @Test
  void twoAuthorizationLinesAre400InvalidRequest() {
    assertRefused(
        http.send(
            "/users/me",
            "Authorization", Http.bearer(demoToken("me")),
            "Authorization", Http.bearer(demoToken("me"))),
        400,
        List.of(BEARER_CHALLENGE + ", error=\"invalid_request\""),
        "Ambiguous credentials");
  }

  @Test
  void apiKeysInTheQueryAndInACookie() {
    assertThat(http.send("/kinds/query?api_key=" + API_KEY).statusCode()).isEqualTo(200);
    assertRefused(http.send("/kinds/query"), 401, List.of(KEY_CHALLENGE), "Not authenticated");
    assertRefused(
        http.send("/kinds/query?api_key=" + API_KEY + "&api_key=" + API_KEY),
        400,
        List.of(),
        "Ambiguous credentials");

    assertThat(http.send("/kinds/cookie", "Cookie", "theme=dark; sid=\"" + API_KEY + "\"").statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/kinds/cookie", "Cookie", "sid=" + API_KEY + "; sid=other"),
        400,
        List.of(),
        "Ambiguous credentials");
    assertRefused(
        http.send("/kinds/cookie", "Cookie", "sid=" + API_KEY + "x"),
        401,
        List.of(KEY_CHALLENGE),
        "Invalid authentication credentials");
  }

  @Test
  void openIdConnectTokensNeedTheirScopes() {
    assertThat(http.send("/kinds/oidc", "Authorization", Http.bearer(demoToken("profile"))).statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/kinds/oidc", "Authorization", Http.bearer(demoToken())),
        403,
        List.of(BEARER_CHALLENGE + ", error=\"insufficient_scope\", scope=\"profile\""),
        "Not enough permissions; missing scopes: profile");
  }

  @Test
  void digestIsVerifiedAndChallengedWithAFreshNonce() {
    HttpResponse<String> ok =
        http.send("/kinds/digest", "Authorization", digest("/kinds/digest"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("digest-user");

    HttpResponse<String> refused = http.send("/kinds/digest");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().allValues("WWW-Authenticate"))
        .singleElement()
        .asString()
        .matches(
            "Digest realm=\"" + REALM + "\", qop=\"auth\", algorithm=SHA-256,"
                + " nonce=\"[0-9a-f]{32}\", opaque=\"[0-9a-f]{32}\", charset=UTF-8");
    assertRefused(
        http.send("/kinds/digest", "Authorization", digest("/kinds/other")),
        400,
        List.of(),
        "Ambiguous credentials");
  }

  @Test
  void anyOtherHttpSchemeReachesItsVerifier() {
    assertThat(
            http.send("/kinds/hoba", "Authorization", "hoba " + SpringExample.HOBA_CREDENTIALS)
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/kinds/hoba", "Authorization", "HOBA forged"),
        401,
        List.of("HOBA realm=\"" + REALM + "\""),
        "Invalid authentication credentials");
  }

  @Test
  void everyPathOfAMultiPathMappingIsGuarded() {
    assertThat(
            http.send("/administration", "Authorization", Http.basic(ADMIN, ADMIN_PASSWORD))
                .statusCode())
        .isEqualTo(200);
    assertRefused(http.send("/administration"), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
  }

  private static String digest(String uri) {
    return Http.digest(
        uri, "GET", REALM, SpringExample.DIGEST_USER, SpringExample.DIGEST_PASSWORD);
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, List<String> challenges, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().allValues("WWW-Authenticate")).isEqualTo(challenges);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualToIgnoringCase("application/json;charset=UTF-8");
    assertThat(response.body()).isEqualTo("{\"detail\":\"" + detail + "\"}");
  }
}
