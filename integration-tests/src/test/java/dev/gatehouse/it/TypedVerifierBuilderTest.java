package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Set;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@link Gatehouse} built through the generated typed builder ({@code GatehouseSchemes}, one step
 * per scheme this module declares) guards the sample service: each step's verifier is bound to its
 * own scheme, and the runtime's own settings pass through.
 */
class TypedVerifierBuilderTest {
  private static HttpServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    // Each API-key scheme accepts its own key only, so a verifier registered for the wrong
    // scheme would show.
    Verifier<BearerToken> tokens =
        token ->
            token.token().equals("typed-token")
                ? Verification.granted("typed-user", Set.of("profile", "me", "items"))
                : Verification.rejected();
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(10_000);
    Gatehouse gatehouse =
        GatehouseSchemes.builder(
                Gatehouse.builder().digestNonceSecret(ExampleSecurity.DIGEST_NONCE_SECRET))
            .apiKeyHeader(only("header-key", "header-client"))
            .cookieKey(only("cookie-key", "cookie-client"))
            .httpBase(credentials -> Verification.rejected())
            .httpBasic(
                PasswordUsers.builder(hasher)
                    .user("typed-admin", hasher.hash("typed password".toCharArray()), Set.of())
                    .build())
            .httpBearer(tokens)
            .httpDigest(ExampleSecurity.digestUsers())
            // A DPoP scheme's step takes its proof checker too.
            .keycloakDpop(tokens, DpopProofVerifier.builder().build())
            .keycloakMtls(tokens)
            .keycloakOAuth2(tokens)
            .keycloakOidc(tokens)
            .oauth2PasswordBearer(tokens)
            .openIdConnect(tokens)
            .queryKey(only("query-key", "query-client"))
            .build();
    ResourceConfig config =
        new ResourceConfig()
            .register(ItemsResource.class)
            .register(KindsResource.class)
            .register(new GatehouseFeature(gatehouse));
    server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    http = new Http(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void eachStepVerifiesItsOwnScheme() {
    HttpResponse<String> header = http.send("/items", "X-API-Key", "header-key");
    HttpResponse<String> query = http.send("/kinds/query?api_key=query-key");
    HttpResponse<String> cookie = http.send("/kinds/cookie", "Cookie", "sid=cookie-key");

    assertThat(header.statusCode()).isEqualTo(200);
    assertThat(header.body()).contains("\"user\":\"header-client\",\"scheme\":\"APIKeyHeader\"");
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(query.body()).contains("\"user\":\"query-client\",\"scheme\":\"QueryKey\"");
    assertThat(cookie.statusCode()).isEqualTo(200);
    assertThat(cookie.body()).contains("\"user\":\"cookie-client\",\"scheme\":\"CookieKey\"");
    assertThat(http.send("/items", "X-API-Key", "query-key").statusCode()).isEqualTo(401);
    assertThat(http.send("/kinds/query?api_key=header-key").statusCode()).isEqualTo(401);
  }

  @Test
  void basicBearerAndDigestReachTheirVerifiers() {
    assertThat(
            http.send("/admin", "Authorization", Http.basic("typed-admin", "typed password"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http.send(
                    "/admin",
                    "Authorization",
                    Http.basic(ExampleSecurity.ADMIN, ExampleSecurity.ADMIN_PASSWORD))
                .statusCode())
        .isEqualTo(401);
    assertThat(http.send("/kinds/oidc", "Authorization", Http.bearer("typed-token")).statusCode())
        .isEqualTo(200);
    assertThat(http.send("/kinds/oidc", "Authorization", Http.bearer("other")).statusCode())
        .isEqualTo(401);
    // The nonce secret given to the runtime builder passed through the typed one.
    assertThat(
            http.send("/kinds/digest", "Authorization", Http.digest("/kinds/digest", "GET"))
                .statusCode())
        .isEqualTo(200);
    assertThat(http.send("/kinds/hoba", "Authorization", "HOBA anything").statusCode())
        .isEqualTo(401);
  }

  private static Verifier<ApiKey> only(String key, String client) {
    return candidate ->
        candidate.key().equals(key) ? Verification.granted(client) : Verification.rejected();
  }
}
