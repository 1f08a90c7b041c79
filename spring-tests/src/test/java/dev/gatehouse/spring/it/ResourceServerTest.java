package dev.gatehouse.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.it.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenIdConnect scheme of the Spring Boot application verified by RFC 7662 introspection, and
 * by several issuers' JWTs, against a loopback authorization server: the same answers as on JAX-RS
 * (see the Keycloak tests in integration-tests).
 */
class ResourceServerTest {
  private static final String REALM = "Gatehouse Spring tests";
  private static final String A = "https://tenant-a.example";
  private static final String B = "https://tenant-b.example";

  private HttpServer authorizationServer;
  private final AtomicInteger introspections = new AtomicInteger();
  private final AtomicInteger keyFetches = new AtomicInteger();
  private RSAKey keyA;
  private RSAKey keyB;

  @BeforeEach
  void startAuthorizationServer() throws Exception {
    keyA = new RSAKeyGenerator(2048).keyID("a-1").generate();
    keyB = new RSAKeyGenerator(2048).keyID("b-1").generate();
    authorizationServer =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    authorizationServer.createContext("/introspect", this::introspect);
    authorizationServer.createContext(
        "/a/jwks", e -> keys(e, new JWKSet(keyA.toPublicJWK()).toString()));
    authorizationServer.createContext(
        "/b/jwks", e -> keys(e, new JWKSet(keyB.toPublicJWK()).toString()));
    authorizationServer.start();
  }

  @AfterEach
  void stop() {
    authorizationServer.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + authorizationServer.getAddress().getPort();
  }

  /**
   * Tokens "good" and "stepped-up" (which also has acr and auth_time, RFC 9470 section 6) are
   * active with scope profile, anything else inactive; a wrong client is 401.
   */
  private void introspect(HttpExchange exchange) throws IOException {
    introspections.incrementAndGet();
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String token =
        URLDecoder.decode(form.split("&")[0].substring("token=".length()), StandardCharsets.UTF_8);
    String expected =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    (SpringExample.OIDC_CLIENT + ":" + SpringExample.OIDC_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      respond(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    long now = Instant.now().getEpochSecond();
    respond(
        exchange,
        200,
        token.equals("good") || token.equals("stepped-up")
            ? "{\"active\":true,\"iss\":\""
                + SpringExample.OIDC_ISSUER
                + "\",\"aud\":\""
                + SpringExample.OIDC_AUDIENCE
                + "\",\"sub\":\"carol\",\"scope\":\"openid profile\","
                + (token.equals("stepped-up")
                    ? "\"acr\":\"platinum\",\"auth_time\":" + (now - 60) + ","
                    : "")
                + "\"exp\":"
                + (now + 300)
                + ",\"iat\":"
                + now
                + "}"
            : "{\"active\":false}");
  }

  private void keys(HttpExchange exchange, String jwks) throws IOException {
    keyFetches.incrementAndGet();
    respond(exchange, 200, jwks);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void introspectedTokensAreLetInRefusedOr503() {
    try (SpringServer server =
        SpringServer.start("gatehouse.oidc.introspection-endpoint=" + base() + "/introspect")) {
      Http http = new Http(server.uri());

      HttpResponse<String> ok = http.send("/kinds/oidc", "Authorization", Http.bearer("good"));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("\"user\":\"carol\"", "\"scheme\":\"OpenIdConnect\"");

      HttpResponse<String> revoked =
          http.send("/kinds/oidc", "Authorization", Http.bearer("revoked"));
      assertThat(revoked.statusCode()).isEqualTo(401);
      assertThat(revoked.headers().allValues("WWW-Authenticate"))
          .containsExactly(
              "Bearer realm=\""
                  + REALM
                  + "\", error=\"invalid_token\","
                  + " error_description=\"The access token is not active\"");
      assertThat(introspections).hasValue(2);

      // Step-up reads acr and auth_time from the introspection response.
      assertThat(
              http.send("/kinds/oidc/gold", "Authorization", Http.bearer("stepped-up"))
                  .statusCode())
          .isEqualTo(200);
      HttpResponse<String> noAcr =
          http.send("/kinds/oidc/gold", "Authorization", Http.bearer("good"));
      assertThat(noAcr.statusCode()).isEqualTo(401);
      assertThat(noAcr.headers().allValues("WWW-Authenticate"))
          .containsExactly(
              "Bearer realm=\""
                  + REALM
                  + "\", error=\"insufficient_user_authentication\","
                  + " error_description=\"A different authentication level is required\","
                  + " acr_values=\"gold platinum\", max_age=300");
      assertThat(introspections).hasValue(3);

      // The authorization server goes away: a new token cannot be judged, and is not let in.
      authorizationServer.stop(0);
      HttpResponse<String> down = http.send("/kinds/oidc", "Authorization", Http.bearer("good2"));
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).isPresent();
      // A cached acceptance still serves.
      assertThat(http.send("/kinds/oidc", "Authorization", Http.bearer("good")).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void eachTenantsTokensAreCheckedWithThatTenantsKeys() throws Exception {
    String tenants = A + " " + base() + "/a/jwks," + B + " " + base() + "/b/jwks";
    try (SpringServer server = SpringServer.start("gatehouse.oidc.tenants=" + tenants)) {
      Http http = new Http(server.uri());

      assertThat(
              http.send("/kinds/oidc", "Authorization", Http.bearer(token(keyA, A))).statusCode())
          .isEqualTo(200);
      assertThat(http.send("/kinds/oidc", "Authorization", Http.bearer(token(keyB, B))).body())
          .contains("\"user\":\"user-of-" + B + "\"");

      HttpResponse<String> unknown =
          http.send(
              "/kinds/oidc", "Authorization", Http.bearer(token(keyA, "https://evil.example")));
      assertThat(unknown.statusCode()).isEqualTo(401);
      assertThat(unknown.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("The access token issuer is not accepted");

      HttpResponse<String> confused =
          http.send("/kinds/oidc", "Authorization", Http.bearer(token(keyA, B)));
      assertThat(confused.statusCode()).isEqualTo(401);
      assertThat(confused.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("The access token signing key is unknown");
      assertThat(keyFetches).hasValue(2);
    }
  }

  /**
   * Step-up (RFC 9470) on Spring MVC with self-issued JWTs: the right acr within max_age is let in,
   * everything else gets 401 with the exact insufficient_user_authentication challenge, never 500.
   */
  @Test
  void stepUpOperationsCheckAcrAndAuthTime() throws Exception {
    try (SpringServer server =
        SpringServer.start("gatehouse.oidc.tenants=" + A + " " + base() + "/a/jwks")) {
      Http http = new Http(server.uri());
      long now = Instant.now().getEpochSecond();
      String gold = "A different authentication level is required";
      String recent = "More recent authentication is required";
      String goldParameters = "acr_values=\"gold platinum\", max_age=300";

      HttpResponse<String> ok =
          http.send("/kinds/oidc/gold", "Authorization", Http.bearer(stepUp("gold", now - 10)));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("\"user\":\"user-of-" + A + "\"");
      assertThat(
              http.send("/kinds/oidc/recent", "Authorization", Http.bearer(stepUp(7, now - 330)))
                  .statusCode())
          .isEqualTo(200);

      HttpResponse<String> silver =
          http.send("/kinds/oidc/gold", "Authorization", Http.bearer(stepUp("silver", now)));
      assertStepUp(silver, gold, goldParameters);
      assertThat(silver.body())
          .isEqualTo(
              "{\"detail\":\"Insufficient user authentication; the Bearer token (scheme"
                  + " OpenIdConnect) was issued for an authentication context class (acr) the"
                  + " operation does not accept; authenticate again for acr_values \\\"gold"
                  + " platinum\\\" and max_age 300 (RFC 9470)\"}");
      // The same token passes where no step-up is required.
      assertThat(
              http.send("/kinds/oidc", "Authorization", Http.bearer(stepUp("silver", now)))
                  .statusCode())
          .isEqualTo(200);
      assertStepUp(
          http.send("/kinds/oidc/gold", "Authorization", Http.bearer(stepUp(null, now))),
          gold,
          goldParameters);
      assertStepUp(
          http.send("/kinds/oidc/gold", "Authorization", Http.bearer(stepUp("gold", now - 400))),
          recent,
          goldParameters);
      assertStepUp(
          http.send("/kinds/oidc/recent", "Authorization", Http.bearer(stepUp("gold", null))),
          recent,
          "max_age=300");
      assertStepUp(
          http.send("/kinds/oidc/recent", "Authorization", Http.bearer(stepUp("gold", now + 600))),
          "The authentication time is in the future",
          "max_age=300");
      for (Object acr :
          new Object[] {java.util.List.of("gold"), 1, java.util.Map.of("v", "gold")}) {
        assertStepUp(
            http.send("/kinds/oidc/gold", "Authorization", Http.bearer(stepUp(acr, now))),
            gold,
            goldParameters);
      }
      assertStepUp(
          http.send(
              "/kinds/oidc/recent", "Authorization", Http.bearer(stepUp("gold", "yesterday"))),
          recent,
          "max_age=300");
    }
  }

  private static void assertStepUp(
      HttpResponse<String> response, String description, String parameters) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .containsExactly(
            "Bearer realm=\""
                + REALM
                + "\", error=\"insufficient_user_authentication\","
                + " error_description=\""
                + description
                + "\", "
                + parameters);
  }

  /** A token of tenant A with the given acr and auth_time claims (left out when null). */
  private String stepUp(Object acr, Object authTime) throws JOSEException {
    long now = Instant.now().getEpochSecond();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(A)
            .subject("user-of-" + A)
            .audience(SpringExample.OIDC_AUDIENCE)
            .expirationTime(new Date((now + 300) * 1000))
            .issueTime(new Date(now * 1000))
            .claim("scope", "profile");
    if (acr != null) {
      claims.claim("acr", acr);
    }
    if (authTime != null) {
      claims.claim("auth_time", authTime);
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyA.getKeyID()).build(),
            claims.build());
    jwt.sign(new RSASSASigner(keyA));
    return jwt.serialize();
  }

  private static String token(RSAKey key, String issuer) throws JOSEException {
    long now = Instant.now().getEpochSecond();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("user-of-" + issuer)
                .audience(SpringExample.OIDC_AUDIENCE)
                .expirationTime(new Date((now + 300) * 1000))
                .issueTime(new Date(now * 1000))
                .claim("scope", "profile")
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
