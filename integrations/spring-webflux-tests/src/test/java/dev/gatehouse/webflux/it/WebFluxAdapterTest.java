package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.WebFluxExample.API_KEY;
import static dev.gatehouse.webflux.it.WebFluxExample.blockingToken;
import static dev.gatehouse.webflux.it.WebFluxExample.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import dev.gatehouse.runtime.webflux.GatehouseWebFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.LoopResources;

/**
 * What only a reactive adapter can get wrong: where the decision runs, that a blocking verifier
 * stalls nothing else, that the caller reaches handlers through every WebFlux means, that a refused
 * request never reaches one, and that a form body Gatehouse read still reaches the handler whole,
 * whatever its size.
 */
class WebFluxAdapterTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(WebFluxServer.uri());
  }

  @AfterEach
  void openTheGate() {
    BlockingGate.open();
  }

  @Test
  void theAutoConfigurationRegistersTheFilterOnReactorNetty() throws Exception {
    Object server =
        WebFluxServer.context()
            .getClass()
            .getMethod("getWebServer")
            .invoke(WebFluxServer.context());
    assertThat(server.getClass().getSimpleName()).isEqualTo("NettyWebServer");
    assertThat(WebFluxServer.context().getBeansOfType(GatehouseWebFilter.class)).hasSize(1);
  }

  @Test
  void decisionsNeverRunOnAnEventLoopThread() {
    VerifierThreads.clear();

    assertThat(http.send("/items", "X-API-Key", API_KEY).statusCode()).isEqualTo(200);
    assertThat(http.send("/items", "X-API-Key", "wrong").statusCode()).isEqualTo(401);
    assertThat(http.send("/users/me", "Authorization", Http.bearer(demoToken("me"))).statusCode())
        .isEqualTo(200);
    assertThat(http.send("/admin", "Authorization", Http.basic("admin", "wrong")).statusCode())
        .isEqualTo(401);
    assertThat(http.send("/kinds/query?api_key=" + API_KEY).statusCode()).isEqualTo(200);
    assertThat(
            http.sendWithBody(
                    "POST",
                    "/kinds/form",
                    "access_token=" + demoToken() + "&note=n",
                    "Content-Type",
                    "application/x-www-form-urlencoded")
                .statusCode())
        .isEqualTo(200);

    List<VerifierThreads.Seen> seen = VerifierThreads.seen();
    assertThat(seen).hasSizeGreaterThanOrEqualTo(6);
    assertThat(seen)
        .allSatisfy(
            s -> {
              assertThat(s.nonBlocking()).as(s.thread()).isFalse();
              assertThat(s.thread()).startsWith("boundedElastic-");
            });
  }

  @Test
  void aBlockingVerifierStallsNoOtherRequest() throws Exception {
    // More blocked verifications than Reactor Netty has event-loop threads: had they run there,
    // every loop would be stuck and the other requests below would time out.
    int blocked = Math.max(8, 2 * LoopResources.DEFAULT_IO_WORKER_COUNT);
    BlockingGate.close();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
    for (int i = 0; i < blocked; i++) {
      slow.add(
          client.sendAsync(
              request("/users/me", "Authorization", Http.bearer(blockingToken("me"))),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (BlockingGate.waiting() < blocked && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(BlockingGate.waiting()).as("verifications blocked at once").isEqualTo(blocked);

    long start = System.nanoTime();
    assertThat(client.send(request("/hello"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    assertThat(
            client
                .send(request("/items", "X-API-Key", API_KEY), HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            client
                .send(request("/openapi.json"), HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(slow).noneMatch(CompletableFuture::isDone);

    BlockingGate.open();
    for (CompletableFuture<HttpResponse<String>> response : slow) {
      HttpResponse<String> r = response.get(20, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"operation\":\"me\",\"user\":\"token-user\"");
    }
  }

  @Test
  void theVerifiedCallerReachesHandlersEveryWay() {
    // Optional<Authentication> argument (ItemsApi)
    assertThat(http.send("/items", "X-API-Key", API_KEY).body())
        .contains("\"user\":\"ci-bot\",\"scheme\":\"APIKeyHeader\"");
    assertThat(http.send("/hello").body()).isEqualTo("{\"operation\":\"hello\",\"user\":null}");
    // Spring's Principal argument and an Authentication argument (UsersApi)
    assertThat(http.send("/users/me", "Authorization", Http.bearer(demoToken("me"))).body())
        .contains(
            "\"operation\":\"me\",\"user\":\"token-user\",\"scheme\":\"OAuth2PasswordBearer\"");
    assertThat(
            http.send("/users/me/items", "Authorization", Http.bearer(demoToken("items", "me")))
                .body())
        .contains("\"operation\":\"myItems\",\"user\":\"token-user\"");
    // Authentication argument, null when anonymous (EdgesApi, @OptionalSecurity)
    assertThat(http.send("/edges/optional-me").body())
        .isEqualTo("{\"operation\":\"optionalMe\",\"user\":null}");
    assertThat(
            http.send("/edges/optional-me", "Authorization", Http.bearer(demoToken("me"))).body())
        .contains("\"user\":\"token-user\"");
    // The exchange attribute (KindsApi)
    assertThat(http.send("/kinds/cookie", "Cookie", "sid=" + API_KEY).body())
        .contains("\"operation\":\"cookie\",\"user\":\"ci-bot\",\"scheme\":\"CookieKey\"");
  }

  @Test
  void aRefusedRequestNeverReachesAHandler() {
    int before = Handlers.total();

    assertThat(http.send("/items").statusCode()).isEqualTo(401);
    assertThat(http.send("/items", "X-API-Key", API_KEY, "X-API-Key", API_KEY).statusCode())
        .isEqualTo(400);
    assertThat(
            http.send("/users/me/items", "Authorization", Http.bearer(demoToken("me")))
                .statusCode())
        .isEqualTo(403);
    assertThat(http.send("/edges/optional-me", "Authorization", Http.bearer("forged")).statusCode())
        .isEqualTo(401);
    assertThat(http.send("/kinds/oidc", "Authorization", Http.bearer(demoToken())).statusCode())
        .isEqualTo(403);
    assertThat(
            http.sendWithBody(
                    "POST",
                    "/kinds/form",
                    "access_token=" + demoToken(),
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Authorization",
                    Http.bearer(demoToken()))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.sendWithBody(
                    "POST",
                    "/users/me/notes",
                    "note=" + "a".repeat(100_000),
                    "Content-Type",
                    "application/x-www-form-urlencoded")
                .statusCode())
        .isEqualTo(401);

    assertThat(Handlers.total()).isEqualTo(before);
  }

  @Test
  void aFormBodyGatehouseReadReachesTheHandlerWholeWhateverItsSize() {
    for (int size : new int[] {0, 10, 64 * 1024, 64 * 1024 + 1, 300 * 1024}) {
      String body = size == 0 ? "" : "note=" + "a".repeat(size - 5 > 0 ? size - 5 : 0);
      HttpResponse<String> response =
          http.sendWithBody(
              "POST",
              "/users/me/notes",
              body,
              "Content-Type",
              "application/x-www-form-urlencoded",
              "Authorization",
              Http.bearer(demoToken("me")));
      assertThat(response.statusCode()).as("size %d", size).isEqualTo(200);
      assertThat(response.body())
          .as("size %d", size)
          .contains("\"operation\":\"notes:" + body.length() + "\"");
    }
    // The form data WebFlux binds (@ModelAttribute) comes from the replayed body as well.
    assertThat(
            http.sendWithBody(
                    "POST",
                    "/kinds/form",
                    "note=whole%20form&x=1",
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Authorization",
                    Http.bearer(demoToken()))
                .body())
        .contains("\"operation\":\"form:whole form\",\"user\":\"token-user\"");
  }

  private static HttpRequest request(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + WebFluxServer.port() + path))
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }
}
