package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end checks every server of the sample API must pass, whatever framework serves it:
 * every alternative, combination and refusal over loopback, with the exact challenges and bodies. A
 * subclass starts its server and names the application's realm and credentials.
 */
public abstract class EnforcementContract {
  protected static final String BASIC_CHALLENGE = "Basic realm=\"gatehouse\", charset=\"UTF-8\"";

  /** The client for the server under test. */
  protected abstract Http http();

  /** The realm of the application's API-key and bearer challenges. */
  protected abstract String realm();

  protected abstract String apiKey();

  protected abstract String admin();

  protected abstract String adminPassword();

  protected abstract String disabled();

  protected abstract String disabledPassword();

  /** A bearer token the application's verifier grants with {@code scopes}. */
  protected abstract String token(String... scopes);

  protected final String keyChallenge() {
    return "APIKey realm=\"" + realm() + "\"";
  }

  protected final String bearerChallenge() {
    return "Bearer realm=\"" + realm() + "\"";
  }

  /** The project's hostile catalogue (issue 21 rows): every row on this server. */
  @Test
  void hostileCatalogueRowsPass() {
    assertThat(HostileCatalogue.run(http().catalogueClient(), realm())).isEmpty();
  }

  @Test
  void apiKeyGrantsAccessAndTheEndpointSeesThePrincipal() {
    HttpResponse<String> response = http().send("/items?limit=3", "X-API-Key", apiKey());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"operation\":\"items\",\"user\":\"ci-bot\",\"scheme\":\"APIKeyHeader\",\"scopes\":\"\"}");
  }

  @Test
  void missingApiKeyIs401WithTheApiKeyChallengeAndNoStore() {
    HttpResponse<String> response = http().send("/items");

    assertRefused(response, 401, List.of(keyChallenge()), "Not authenticated");
  }

  @Test
  void wrongApiKeyIs401Invalid() {
    assertRefused(
        http().send("/items", "X-API-Key", apiKey() + "x"),
        401,
        List.of(keyChallenge()),
        "Invalid authentication credentials");
  }

  @Test
  void duplicateApiKeyHeadersAre400() {
    assertRefused(
        http().send("/items", "X-API-Key", apiKey(), "X-API-Key", apiKey()),
        400,
        List.of(),
        "Ambiguous credentials");
  }

  @Test
  void basicUserIsLetInAndWrongOrDisabledUsersAreNot() {
    HttpResponse<String> ok =
        http().send("/admin", "Authorization", Http.basic(admin(), adminPassword()));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"user\":\"admin\",\"scheme\":\"HTTPBasic\",\"scopes\":\"admin\"");

    assertRefused(
        http().send("/admin", "Authorization", Http.basic(admin(), "wrong")),
        401,
        List.of(BASIC_CHALLENGE),
        "Invalid authentication credentials");
    assertRefused(
        http().send("/admin", "Authorization", Http.basic(disabled(), disabledPassword())),
        401,
        List.of(BASIC_CHALLENGE),
        "Invalid authentication credentials");
    assertRefused(http().send("/admin"), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
    assertRefused(
        http().send("/admin", "Authorization", "Basic dXNlcjpwYXM"),
        401,
        List.of(BASIC_CHALLENGE),
        "Invalid authentication credentials");
  }

  @Test
  void eitherAlternativeIsEnoughAndChallengesFollowTheDocument() {
    assertThat(
            http()
                .send("/items/" + java.util.UUID.randomUUID(), "X-API-Key", apiKey())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http()
                .send(
                    "/items/" + java.util.UUID.randomUUID(), "Authorization", Http.bearer(token()))
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http().send("/items/" + java.util.UUID.randomUUID()),
        401,
        List.of(keyChallenge(), bearerChallenge()),
        "Not authenticated");
  }

  @Test
  void anInvalidCredentialFailsEvenBesideAValidAlternative() {
    assertRefused(
        http()
            .send(
                "/items/" + java.util.UUID.randomUUID(),
                "X-API-Key",
                apiKey(),
                "Authorization",
                Http.bearer("forged")),
        401,
        List.of(keyChallenge(), bearerChallenge() + ", error=\"invalid_token\""),
        "Invalid authentication credentials");
  }

  @Test
  void bothCredentialsAreNeededTogether() {
    assertThat(
            http()
                .send("/both", "X-API-Key", apiKey(), "Authorization", Http.bearer(token()))
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http().send("/both", "X-API-Key", apiKey()),
        401,
        List.of(keyChallenge(), bearerChallenge()),
        "Not authenticated");
  }

  @Test
  void anAndSetHandsOverBothSchemesAndTheRequiredScopesAreVisible() {
    HttpResponse<String> both =
        http()
            .send(
                "/both",
                "X-API-Key",
                apiKey(),
                "Authorization",
                Http.bearer(token()),
                "X-Caller",
                "full");
    assertThat(both.statusCode()).isEqualTo(200);
    assertThat(both.body())
        .contains("\"schemes\":\"APIKeyHeader HTTPBearer\"")
        .containsPattern("\"principals\":\"[^\" ]+:\\w+ [^\" ]+:\\w+\"")
        .contains("\"required\":\"\"");
    HttpResponse<String> items =
        http()
            .send(
                "/users/me/items",
                "Authorization",
                Http.bearer(token("items", "me")),
                "X-Caller",
                "full");
    assertThat(items.statusCode()).isEqualTo(200);
    assertThat(items.body())
        .contains("\"schemes\":\"OAuth2PasswordBearer\"")
        .contains("\"scopes\":\"items me\"")
        .contains("\"required\":\"items me\"");
  }

  @Test
  void optionalSecurityLetsAnonymousInButStillChecksCredentials() {
    HttpResponse<String> anonymous = http().send("/maybe");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo("{\"operation\":\"maybe\",\"user\":null}");

    assertThat(http().send("/maybe", "Authorization", Http.bearer(token())).body())
        .contains("\"user\":\"token-user\"");
    assertRefused(
        http().send("/maybe", "Authorization", Http.bearer("forged")),
        401,
        List.of(bearerChallenge() + ", error=\"invalid_token\""),
        "Invalid authentication credentials");
  }

  @Test
  void publicOperationNeedsNothing() {
    assertThat(http().send("/hello").statusCode()).isEqualTo(200);
  }

  @Test
  void scopesAreEnforcedWith403InsufficientScope() {
    assertThat(http().send("/users/me", "Authorization", Http.bearer(token("me"))).statusCode())
        .isEqualTo(200);
    assertRefused(
        http().send("/users/me/items", "Authorization", Http.bearer(token("me"))),
        403,
        List.of(bearerChallenge() + ", error=\"insufficient_scope\", scope=\"items me\""),
        "Not enough permissions; missing scopes: items");
    assertThat(
            http()
                .send("/users/me/items", "Authorization", Http.bearer(token("items", "me")))
                .body())
        .contains("\"scheme\":\"OAuth2PasswordBearer\",\"scopes\":\"items me\"");
  }

  @Test
  void twoAuthorizationLinesAre400InvalidRequest() {
    assertRefused(
        http()
            .send(
                "/users/me",
                "Authorization",
                Http.bearer(token("me")),
                "Authorization",
                Http.bearer(token("me"))),
        400,
        List.of(bearerChallenge() + ", error=\"invalid_request\""),
        "Ambiguous credentials");
  }

  @Test
  void apiKeysInTheQueryAndInACookie() {
    assertThat(http().send("/kinds/query?api_key=" + apiKey()).statusCode()).isEqualTo(200);
    assertRefused(http().send("/kinds/query"), 401, List.of(keyChallenge()), "Not authenticated");
    assertRefused(
        http().send("/kinds/query?api_key=" + apiKey() + "&api_key=" + apiKey()),
        400,
        List.of(),
        "Ambiguous credentials");

    assertThat(
            http()
                .send("/kinds/cookie", "Cookie", "theme=dark; sid=\"" + apiKey() + "\"")
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http().send("/kinds/cookie", "Cookie", "sid=" + apiKey() + "; sid=other"),
        400,
        List.of(),
        "Ambiguous credentials");
    assertRefused(
        http().send("/kinds/cookie", "Cookie", "sid=" + apiKey() + "x"),
        401,
        List.of(keyChallenge()),
        "Invalid authentication credentials");
  }

  /**
   * A credential that differs from the one just sent on the same connection only in the case of one
   * letter is judged as sent, never as the earlier one: servers may cache field lines per
   * connection (Jetty matches its cache ignoring case unless told otherwise,
   * docs/servlet-and-jdk-http.md). One kept-alive HTTP/1.1 connection per credential.
   */
  @Test
  void aCaseVariantOfTheConnectionsPreviousCredentialIsJudgedAsSent() throws Exception {
    String token = token("me");
    String basic = Http.basic(admin(), adminPassword());
    String cookie = "sid=" + apiKey();
    String[][] steps = {
      {"/users/me", "Authorization", Http.bearer(token), Http.bearer(Http.caseVariant(token))},
      {"/admin", "Authorization", basic, "Basic " + Http.caseVariant(basic.substring(6))},
      {"/kinds/cookie", "Cookie", cookie, "sid=" + Http.caseVariant(apiKey())},
    };
    for (String[] step : steps) {
      String path = step[0];
      String field = step[1];
      try (KeepAliveConnection connection = http().keepAlive()) {
        assertThat(connection.send(path, field, step[2])).as("%s", path).isEqualTo(200);
        assertThat(connection.send(path, field, step[3])).as("%s", path).isEqualTo(401);
        assertThat(connection.send(path, field, step[2])).as("%s", path).isEqualTo(200);
        assertThat(connection.send(path, field, step[3])).as("%s", path).isEqualTo(401);
      }
    }
  }

  @Test
  void openIdConnectTokensNeedTheirScopes() {
    assertThat(
            http().send("/kinds/oidc", "Authorization", Http.bearer(token("profile"))).statusCode())
        .isEqualTo(200);
    assertRefused(
        http().send("/kinds/oidc", "Authorization", Http.bearer(token())),
        403,
        List.of(bearerChallenge() + ", error=\"insufficient_scope\", scope=\"profile\""),
        "Not enough permissions; missing scopes: profile");
  }

  protected static void assertRefused(
      HttpResponse<String> response, int status, List<String> challenges, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().allValues("WWW-Authenticate")).isEqualTo(challenges);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    // JAX-RS writes the media type in its canonical form, without the space; Spring with it.
    assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualToIgnoringCase("application/json;charset=UTF-8");
    Details.assertDetailBody(response.body(), detail);
  }
}
