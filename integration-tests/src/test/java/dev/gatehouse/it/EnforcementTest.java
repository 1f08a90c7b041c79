package dev.gatehouse.it;

import static dev.gatehouse.it.ExampleSecurity.ADMIN;
import static dev.gatehouse.it.ExampleSecurity.ADMIN_PASSWORD;
import static dev.gatehouse.it.ExampleSecurity.API_KEY;
import static dev.gatehouse.it.ExampleSecurity.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated glue guarding a real JAX-RS server (Jersey on the JDK HTTP server) over loopback:
 * every scheme kind, success and refusal, with the exact challenges.
 */
class EnforcementTest extends EnforcementContract {
  private static final String REALM = "Gatehouse integration tests";

  private static ExampleServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = ExampleServer.start("127.0.0.1", 0);
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void digestIsParsedAndVerifiedAndChallengedWithAFreshNonce() {
    HttpResponse<String> ok =
        http.send("/kinds/digest", "Authorization", Http.digest("/kinds/digest", "GET"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"user\":\"digest-user\",\"scheme\":\"HTTPDigest\"");

    HttpResponse<String> first = http.send("/kinds/digest");
    HttpResponse<String> second = http.send("/kinds/digest");
    assertThat(first.statusCode()).isEqualTo(401);
    String challenge = first.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertThat(challenge)
        .matches(
            "Digest realm=\"Gatehouse integration tests\", qop=\"auth\", algorithm=SHA-256,"
                + " nonce=\"[0-9a-f]{64}\", opaque=\"[0-9a-f]{32}\", charset=UTF-8");
    assertThat(second.headers().firstValue("WWW-Authenticate").orElseThrow())
        .isNotEqualTo(challenge);
    // The uri parameter must name this very request (RFC 7616 section 3.4.6).
    assertRefused(
        http.send("/kinds/digest", "Authorization", Http.digest("/kinds/other", "GET")),
        400,
        List.of(),
        "Ambiguous credentials");
  }

  @Test
  void anyOtherHttpSchemeReachesItsVerifierWithTheSchemeWord() {
    assertThat(
            http.send("/kinds/hoba", "Authorization", "hoba " + ExampleSecurity.HOBA_CREDENTIALS)
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/kinds/hoba", "Authorization", "HOBA forged"),
        401,
        List.of("HOBA realm=\"" + REALM + "\""),
        "Invalid authentication credentials");
    assertRefused(
        http.send("/kinds/hoba", "Authorization", Http.bearer(demoToken())),
        401,
        List.of("HOBA realm=\"" + REALM + "\""),
        "Not authenticated");
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
    return ExampleSecurity.DISABLED;
  }

  @Override
  protected String disabledPassword() {
    return ExampleSecurity.DISABLED_PASSWORD;
  }

  @Override
  protected String token(String... scopes) {
    return demoToken(scopes);
  }
}
