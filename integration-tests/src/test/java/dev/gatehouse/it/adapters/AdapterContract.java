package dev.gatehouse.it.adapters;

import static dev.gatehouse.it.ExampleSecurity.ADMIN;
import static dev.gatehouse.it.ExampleSecurity.ADMIN_PASSWORD;
import static dev.gatehouse.it.ExampleSecurity.API_KEY;
import static dev.gatehouse.it.ExampleSecurity.demoToken;
import static dev.gatehouse.it.adapters.AdapterFixture.BASIC_CHALLENGE;
import static dev.gatehouse.it.adapters.AdapterFixture.BEARER_CHALLENGE;
import static dev.gatehouse.it.adapters.AdapterFixture.KEY_CHALLENGE;
import static dev.gatehouse.it.adapters.AdapterFixture.basic;
import static dev.gatehouse.it.adapters.AdapterFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.ExampleSecurity;
import dev.gatehouse.it.adapters.RawHttp.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every adapter must do on a real server, the same checks as the JAX-RS EnforcementTest plus
 * path confusion: no spelling of {@code /admin} reaches the admin handler without Basic
 * credentials.
 */
abstract class AdapterContract {
  /** Incremented by the admin handler whenever it runs without a verified caller; must stay 0. */
  static final AtomicInteger ADMIN_WITHOUT_CALLER = new AtomicInteger();

  abstract RawHttp http();

  /** The same document-versus-enforcement check as on JAX-RS, for the operations served here. */
  @Test
  void documentAndEnforcementAgree() throws Exception {
    java.util.Set<String> served = new java.util.HashSet<>();
    AdapterFixture.operations().forEach(op -> served.add(op.httpMethod() + " " + op.path()));

    int checked =
        new dev.gatehouse.it.DocumentConformance(
                new dev.gatehouse.it.Http(java.net.URI.create("http://127.0.0.1:" + http().port())),
                dev.gatehouse.it.DocumentConformance.generatedDocument(),
                dev.gatehouse.it.SampleCredentials.get())
            .check((method, path) -> served.contains(method + " " + path));

    assertThat(checked).as("requests checked").isGreaterThan(20);
  }

  /** The project's hostile catalogue (issue 21 rows): every row on this adapter. */
  @Test
  void hostileCatalogueRowsPass() {
    assertThat(
            dev.gatehouse.it.HostileCatalogue.run(
                (method, target, body, headers) -> {
                  Response r = http().sendWithBody(method, target, body, headers);
                  return new dev.gatehouse.it.HostileCatalogue.Reply(
                      r.status(), r.all("WWW-Authenticate"), r.first("Cache-Control"), r.body());
                },
                AdapterFixture.REALM))
        .isEmpty();
  }

  @AfterEach
  void adminHandlerNeverRanAnonymously() {
    assertThat(ADMIN_WITHOUT_CALLER.get()).as("admin handler ran without a caller").isZero();
  }

  @Test
  void apiKeyGrantsAccessAndTheHandlerSeesThePrincipal() {
    Response response = http().get("/items?limit=3", "X-API-Key", API_KEY);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"operation\":\"items\",\"user\":\"ci-bot\",\"scheme\":\"APIKeyHeader\",\"scopes\":\"\"}");
  }

  @Test
  void theHandlerGetsEverySchemeTypedPrincipalsAndRequiredScopes() {
    assertThat(
            http()
                .get(
                    "/both",
                    "X-API-Key",
                    API_KEY,
                    "Authorization",
                    bearer(demoToken("x")),
                    "X-Caller",
                    "full")
                .body())
        .isEqualTo(
            "{\"schemes\":\"APIKeyHeader HTTPBearer\",\"principals\":\"ci-bot:String"
                + " token-user:DemoUser\",\"email\":\"token-user@example.com\",\"scopes\":\"x\","
                + "\"required\":\"\"}");
    assertThat(
            http()
                .get(
                    "/users/me/items",
                    "Authorization",
                    bearer(demoToken("items", "me", "extra")),
                    "X-Caller",
                    "full")
                .body())
        .isEqualTo(
            "{\"schemes\":\"OAuth2PasswordBearer\",\"principals\":\"token-user:DemoUser\","
                + "\"email\":\"token-user@example.com\",\"scopes\":\"extra items me\","
                + "\"required\":\"items me\"}");
  }

  @Test
  void apiKeyRefusals() {
    assertRefused(http().get("/items"), 401, List.of(KEY_CHALLENGE), "Not authenticated");
    assertRefused(
        http().get("/items", "X-API-Key", API_KEY + "x"),
        401,
        List.of(KEY_CHALLENGE),
        "Invalid authentication credentials");
    assertRefused(
        http().get("/items", "X-API-Key", API_KEY, "X-API-Key", API_KEY),
        400,
        List.of(),
        "Ambiguous credentials");
  }

  @Test
  void basicUserIsLetInAndWrongOrDisabledUsersAreNot() {
    Response ok = http().get("/admin", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"user\":\"admin\",\"scheme\":\"HTTPBasic\",\"scopes\":\"admin\"");
    String invalid = "Invalid authentication credentials";
    assertRefused(
        http().get("/admin", "Authorization", basic(ADMIN, "wrong")),
        401,
        List.of(BASIC_CHALLENGE),
        invalid);
    assertRefused(
        http()
            .get(
                "/admin",
                "Authorization",
                basic(ExampleSecurity.DISABLED, ExampleSecurity.DISABLED_PASSWORD)),
        401,
        List.of(BASIC_CHALLENGE),
        invalid);
    assertRefused(http().get("/admin"), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
    assertRefused(
        http().get("/admin", "Authorization", "Basic dXNlcjpwYXM"),
        401,
        List.of(BASIC_CHALLENGE),
        invalid);
  }

  @Test
  void alternativesCombinationsAndOptionalSecurity() {
    String item = "/items/" + UUID.randomUUID();
    assertThat(http().get(item, "X-API-Key", API_KEY).status()).isEqualTo(200);
    assertThat(http().get(item, "Authorization", bearer(demoToken())).status()).isEqualTo(200);
    assertRefused(
        http().get(item), 401, List.of(KEY_CHALLENGE, BEARER_CHALLENGE), "Not authenticated");
    assertRefused(
        http().get(item, "X-API-Key", API_KEY, "Authorization", bearer("forged")),
        401,
        List.of(KEY_CHALLENGE, BEARER_CHALLENGE + ", error=\"invalid_token\""),
        "Invalid authentication credentials");
    assertThat(
            http()
                .get("/both", "X-API-Key", API_KEY, "Authorization", bearer(demoToken()))
                .status())
        .isEqualTo(200);
    assertRefused(
        http().get("/both", "X-API-Key", API_KEY),
        401,
        List.of(KEY_CHALLENGE, BEARER_CHALLENGE),
        "Not authenticated");
    assertThat(http().get("/maybe").body()).isEqualTo("{\"operation\":\"maybe\",\"user\":null}");
    assertThat(http().get("/maybe", "Authorization", bearer(demoToken())).body())
        .contains("\"user\":\"token-user\"");
    assertRefused(
        http().get("/maybe", "Authorization", bearer("forged")),
        401,
        List.of(BEARER_CHALLENGE + ", error=\"invalid_token\""),
        "Invalid authentication credentials");
    assertThat(http().get("/hello").status()).isEqualTo(200);
  }

  @Test
  void scopesAndDuplicateAuthorization() {
    assertThat(http().get("/users/me", "Authorization", bearer(demoToken("me"))).status())
        .isEqualTo(200);
    assertRefused(
        http().get("/users/me/items", "Authorization", bearer(demoToken("me"))),
        403,
        List.of(BEARER_CHALLENGE + ", error=\"insufficient_scope\", scope=\"items me\""),
        "Not enough permissions; missing scopes: items");
    assertThat(
            http().get("/users/me/items", "Authorization", bearer(demoToken("items", "me"))).body())
        .contains("\"scheme\":\"OAuth2PasswordBearer\",\"scopes\":\"items me\"");
    assertRefused(
        http()
            .get(
                "/users/me",
                "Authorization",
                bearer(demoToken("me")),
                "Authorization",
                bearer(demoToken("me"))),
        400,
        List.of(BEARER_CHALLENGE + ", error=\"invalid_request\""),
        "Ambiguous credentials");
  }

  @Test
  void everyOtherSchemeKind() throws Exception {
    assertThat(http().get("/kinds/query?api_key=" + API_KEY).status()).isEqualTo(200);
    assertRefused(
        http().get("/kinds/query?api_key=" + API_KEY + "&api_key=" + API_KEY),
        400,
        List.of(),
        "Ambiguous credentials");
    assertThat(
            http().get("/kinds/cookie", "Cookie", "theme=dark; sid=\"" + API_KEY + "\"").status())
        .isEqualTo(200);
    assertRefused(
        http().get("/kinds/cookie", "Cookie", "sid=" + API_KEY + "x"),
        401,
        List.of(KEY_CHALLENGE),
        "Invalid authentication credentials");
    Response digest =
        http().get("/kinds/digest", "Authorization", AdapterFixture.digest("/kinds/digest", "GET"));
    assertThat(digest.body()).contains("\"user\":\"digest-user\",\"scheme\":\"HTTPDigest\"");
    assertThat(http().get("/kinds/digest").first("WWW-Authenticate")).startsWith("Digest realm=");
    assertRefused(
        http().get("/kinds/digest", "Authorization", AdapterFixture.digest("/kinds/other", "GET")),
        400,
        List.of(),
        "Ambiguous credentials");
    assertThat(
            http()
                .get("/kinds/hoba", "Authorization", "hoba " + ExampleSecurity.HOBA_CREDENTIALS)
                .status())
        .isEqualTo(200);
    assertRefused(
        http().get("/kinds/hoba", "Authorization", "HOBA forged"),
        401,
        List.of("HOBA realm=\"" + AdapterFixture.REALM + "\""),
        "Invalid authentication credentials");
    assertRefused(
        http().get("/kinds/oidc", "Authorization", bearer(demoToken())),
        403,
        List.of(BEARER_CHALLENGE + ", error=\"insufficient_scope\", scope=\"profile\""),
        "Not enough permissions; missing scopes: profile");
  }

  /**
   * Spellings the container routes to the admin handler: the table agrees, so Basic is required.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/admin;jsessionid=x", "/%61dmin", "/admin;", "/ad%6Din;x=y"})
  void equivalentSpellingsOfAdminAreGuardedLikeAdmin(String target) {
    assertRefused(http().get(target), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
    assertThat(http().get(target, "Authorization", basic(ADMIN, ADMIN_PASSWORD)).body())
        .contains("\"operation\":\"admin\",\"user\":\"admin\"");
  }

  @Test
  void headAndAbsoluteFormAreGuardedLikeGet() {
    Response head = http().send("HEAD", "/admin");
    assertThat(head.status()).isEqualTo(401);
    assertThat(head.all("WWW-Authenticate")).containsExactly(BASIC_CHALLENGE);
    assertRefused(
        http().get(http().absolute("/admin")), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
  }

  /** Spellings that must never reach the admin handler (nor any handler as another operation). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin/",
        "/admin/.",
        "/admin/..",
        "/admin/x",
        "/adminx",
        "/ADMIN",
        "/Admin",
        "/admin%2F",
        "/admin%2f",
        "/admin%00",
        "/admin%",
        "/admin%2",
        "/admin%zz",
        "/admin%C0%AE",
        "/admin%20",
        "/admin%09",
        "/admin%5C",
        "//admin",
        "/./admin",
        "/items/../admin",
        "/items/%2e%2e/admin",
        "/items/%2E%2E/admin",
        "/items/.%2e/admin",
        "/items/..;/admin",
        "/items/.;/admin",
        "/items;/..;/admin",
        "/hello/..;/admin",
        "/hello/%2e%2e/admin",
        "/hello%2F..%2Fadmin",
        "/%2e%2e/admin",
        "/%2Fadmin",
        "/admin/%2e",
        "/admin;/..",
        "/admin/%252e%252e",
        "/items%2F1",
        "/items/1/",
        "/items/%C0%AE%C0%AE/admin"
      })
  void confusingSpellingsNeverReachAdminWithoutCredentials(String target) {
    Response response = http().get(target);
    if (Boolean.getBoolean("gatehouse.adapters.trace")) {
      System.out.printf(
          "%s %-28s %d %s%n",
          getClass().getSimpleName(),
          target,
          response.status(),
          response
              .body()
              .replaceAll("\\s+", " ")
              .substring(0, Math.min(60, response.body().length())));
    }
    assertThat(response.status()).as(target).isBetween(400, 499);
    assertThat(response.body()).doesNotContain("\"operation\":\"admin\"");
  }

  @Test
  void lowerCaseMethodNeverReachesAdmin() {
    Response response = http().send("get", "/admin");
    assertThat(response.status()).isGreaterThanOrEqualTo(400);
    assertThat(response.body()).doesNotContain("\"operation\":\"admin\"");
  }

  static void assertRefused(Response response, int status, List<String> challenges, String detail) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.all("WWW-Authenticate")).isEqualTo(challenges);
    assertThat(response.first("Cache-Control")).isEqualTo("no-store");
    assertThat(response.first("Content-Type").replace(" ", ""))
        .isEqualToIgnoringCase("application/json;charset=UTF-8");
    dev.gatehouse.it.Details.assertDetailBody(response.body(), detail);
  }
}
