package dev.gatehouse.it.keycloak;

import com.nimbusds.jose.JWSAlgorithm;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@link KeycloakItemsApi} served by Jersey on loopback, guarded by Gatehouse with the runtime's
 * JWT verifier for both Keycloak schemes; every instance has verifiers of its own (own key cache).
 */
final class ProtectedApi implements AutoCloseable {
  /** The verifier's default key-cache TTL. */
  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ProtectedApi(HttpServer server) {
    this.server = server;
  }

  /**
   * The OpenID Connect verifier, configured as an application would from the generated extractor's
   * discovery URL (the issuer is implied by it), in RFC 9068 mode: Keycloak's clients in the test
   * realm send {@code typ} {@code at+jwt} and a {@code client_id} claim.
   */
  static JwtVerifier openIdConnectVerifier(Clock clock, Duration jwksCacheTtl) {
    return JwtVerifier.builder()
        .openIdConnect(
            URI.create(KeycloakSchemes_KeycloakOidc_CredentialExtractor.OPEN_ID_CONNECT_URL))
        .audience(KeycloakSchemes.AUDIENCE)
        .algorithms(JWSAlgorithm.RS256)
        .requireAccessTokenType(true)
        .clock(clock)
        .jwksCacheTtl(jwksCacheTtl)
        // A container on a loaded 2-core machine: the tests check behaviour, not speed.
        .jwksTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
        .build();
  }

  /** The OAuth2 verifier: explicit issuer and JWKS URL, default {@code typ} policy. */
  static JwtVerifier oauth2Verifier(URI jwksUrl, Clock clock, Duration jwksCacheTtl) {
    return JwtVerifier.builder()
        .issuer(KeycloakSchemes.ISSUER)
        .audience(KeycloakSchemes.AUDIENCE)
        .algorithms(JWSAlgorithm.RS256)
        .jwksUrl(jwksUrl)
        .clock(clock)
        .jwksCacheTtl(jwksCacheTtl)
        // A container on a loaded 2-core machine: the tests check behaviour, not speed.
        .jwksTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
        .build();
  }

  /** Verifiers reading Keycloak directly, keys cached for the default 5 minutes. */
  static ProtectedApi start(Clock clock) {
    return start(clock, DEFAULT_TTL);
  }

  /** Verifiers reading Keycloak directly, keys cached for {@code jwksCacheTtl}. */
  static ProtectedApi start(Clock clock, Duration jwksCacheTtl) {
    return start(
        openIdConnectVerifier(clock, jwksCacheTtl),
        oauth2Verifier(URI.create(KeycloakSchemes.JWKS_URL), clock, jwksCacheTtl));
  }

  static ProtectedApi start(Verifier<BearerToken> openIdConnect, Verifier<BearerToken> oauth2) {
    // Only this package's generated glue: the module's other schemes have verifiers elsewhere.
    Gatehouse gatehouse =
        Gatehouse.builder()
            .generated(
                List.of(
                    new KeycloakSchemes_KeycloakOidc_CredentialExtractor(),
                    new KeycloakSchemes_KeycloakOAuth2_CredentialExtractor()),
                List.of(new KeycloakItemsApi_Security()))
            .bearer(KeycloakSchemes.OIDC, openIdConnect)
            .bearer(KeycloakSchemes.OAUTH2, oauth2)
            .build();
    ResourceConfig config =
        new ResourceConfig()
            .register(KeycloakItemsResource.class)
            .register(new GatehouseFeature(gatehouse));
    return new ProtectedApi(
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config));
  }

  /** {@code GET path} with {@code Authorization: Bearer token} (none when token is null). */
  HttpResponse<String> get(String path, String token, String... headers) {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
