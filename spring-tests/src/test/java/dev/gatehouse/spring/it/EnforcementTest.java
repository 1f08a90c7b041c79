package dev.gatehouse.spring.it;

import static dev.gatehouse.spring.it.SpringExample.ADMIN;
import static dev.gatehouse.spring.it.SpringExample.ADMIN_PASSWORD;
import static dev.gatehouse.spring.it.SpringExample.API_KEY;
import static dev.gatehouse.spring.it.SpringExample.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.EnforcementContract;
import dev.gatehouse.it.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated glue guarding a Spring Boot 4 application (embedded Tomcat) over loopback: every
 * scheme kind, success and refusal, with the exact challenges.
 */
class EnforcementTest extends EnforcementContract {
  private static final String REALM = "Gatehouse Spring tests";

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
  void theCallerReachesPrincipalAndAuthenticationArguments() {
    assertThat(http.send("/users/me", "Authorization", Http.bearer(demoToken("me"))).body())
        .isEqualTo(
            "{\"operation\":\"me\",\"user\":\"token-user\",\"scheme\":\"OAuth2PasswordBearer\",\"scopes\":\"me\"}");
    assertThat(
            http.send("/users/me/items", "Authorization", Http.bearer(demoToken("items", "me")))
                .body())
        .startsWith("{\"operation\":\"myItems\",\"user\":\"token-user\"");
  }

  @Test
  void controllersGetTheCallerAndTheTypedPrincipalAsArguments() {
    assertThat(
            http.send(
                    "/users/me/items",
                    "Authorization",
                    Http.bearer(demoToken("items", "me")),
                    "X-Caller",
                    "full")
                .body())
        .isEqualTo(
            "{\"schemes\":\"OAuth2PasswordBearer\",\"principals\":\"token-user:DemoUser\","
                + "\"email\":\"token-user@example.com\",\"scopes\":\"items me\","
                + "\"required\":\"items me\"}");
    assertThat(
            http.send(
                    "/both",
                    "X-API-Key",
                    API_KEY,
                    "Authorization",
                    Http.bearer(demoToken("x")),
                    "X-Caller",
                    "full")
                .body())
        .isEqualTo(
            "{\"schemes\":\"APIKeyHeader HTTPBearer\",\"principals\":\"ci-bot:String"
                + " token-user:DemoUser\",\"email\":\"token-user@example.com\",\"scopes\":\"x\","
                + "\"required\":\"\"}");
  }

  @Test
  void preAuthorizeSeesTheScopesGatehouseVerified() {
    HttpResponse<String> allowed =
        http.send("/users/me/profile", "Authorization", Http.bearer(demoToken("me", "profile")));
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.body())
        .isEqualTo(
            "{\"name\":\"token-user\",\"principal\":\"DemoUser\","
                + "\"authorities\":\"SCOPE_me SCOPE_profile\"}");
    // Gatehouse lets the caller in (scope me); Spring Security's @PreAuthorize refuses it.
    assertThat(
            http.send("/users/me/profile", "Authorization", Http.bearer(demoToken("me")))
                .statusCode())
        .isEqualTo(403);
    // Gatehouse refuses first, with its own challenge.
    assertThat(http.send("/users/me/profile").statusCode()).isEqualTo(401);
  }

  @Test
  void theDocumentIsServedWithoutSpringdoc() {
    HttpResponse<String> response = http.send("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.body())
        .contains("\"title\": \"Gatehouse Spring tests\"")
        .contains("\"/users/me/items\"");
  }

  @Test
  void digestIsVerifiedAndChallengedWithAFreshNonce() {
    HttpResponse<String> ok = http.send("/kinds/digest", "Authorization", digest("/kinds/digest"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("digest-user");

    HttpResponse<String> refused = http.send("/kinds/digest");
    assertThat(refused.statusCode()).isEqualTo(401);
    List<String> challenges = refused.headers().allValues("WWW-Authenticate");
    assertThat(challenges).hasSize(2);
    assertThat(challenges.get(0))
        .matches(
            "Digest realm=\""
                + REALM
                + "\", qop=\"auth\", algorithm=SHA-256,"
                + " nonce=\"[0-9a-f]{64}\", opaque=\"[0-9a-f]{32}\", charset=UTF-8");
    assertThat(challenges.get(1)).contains("algorithm=SHA-512-256");
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
    return Http.digest(uri, "GET", REALM, SpringExample.DIGEST_USER, SpringExample.DIGEST_PASSWORD);
  }

  @Override
  protected Http http() {
    return http;
  }

  @Override
  protected String realm() {
    return REALM;
  }

  @Override
  protected String apiKey() {
    return API_KEY;
  }

  @Override
  protected String admin() {
    return ADMIN;
  }

  @Override
  protected String adminPassword() {
    return ADMIN_PASSWORD;
  }

  @Override
  protected String disabled() {
    return SpringExample.DISABLED;
  }

  @Override
  protected String disabledPassword() {
    return SpringExample.DISABLED_PASSWORD;
  }

  @Override
  protected String token(String... scopes) {
    return demoToken(scopes);
  }
}
