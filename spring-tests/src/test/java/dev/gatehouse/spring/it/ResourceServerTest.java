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

  /** Token "good" is active with scope profile, anything else inactive; a wrong client is 401. */
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
        token.equals("good")
            ? "{\"active\":true,\"iss\":\""
                + SpringExample.OIDC_ISSUER
                + "\",\"aud\":\""
                + SpringExample.OIDC_AUDIENCE
                + "\",\"sub\":\"carol\",\"scope\":\"openid profile\","
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
