package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Gatehouse runtimes on two ports, one PostgreSQL: what one replica changes, the other enforces
 * within the documented cache bound; a throttle started on one holds on the other; an outage is 503
 * + Retry-After on both and heals by itself.
 */
class TwoReplicasTest {
  private static final Duration TTL = Duration.ofMillis(300);
  private static final byte[] PEPPER = "a pepper of at least thirty-two bytes".getBytes();
  private static TestPostgres pg;
  private static Replica one;
  private static Replica two;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** One service instance: its own stores, caches, Gatehouse and HTTP server. */
  record Replica(JdbcApiKeys keys, JdbcUsers users, HttpServer server, ExecutorService executor) {
    static Replica start() throws Exception {
      JdbcApiKeys keys =
          JdbcApiKeys.builder(pg.dataSource())
              .pepper(PEPPER)
              .cacheTtl(TTL)
              .retryAfter(Duration.ofSeconds(4))
              .build();
      JdbcUsers users =
          JdbcUsers.builder(pg.dataSource(), Argon2idPasswordHasher.of(1024, 1, 1))
              .cacheTtl(TTL)
              .build();
      LoginThrottle throttle =
          LoginThrottle.builder(ThrottleStore.postgres(pg.dataSource())).freeFailures(3).build();
      Gatehouse gatehouse =
          Gatehouse.builder()
              .generated(
                  List.of(
                      scheme(
                          "ApiKeyAuth", SchemeKind.API_KEY, Extractors.apiKeyHeader("X-API-Key")),
                      scheme("BasicAuth", SchemeKind.BASIC, Extractors.basic())),
                  List.of(
                      new Endpoint(
                          "dev.gatehouse.jdbc.ReplicaApi",
                          List.of(
                              OperationSecurity.required(
                                  "key()",
                                  "GET",
                                  "/key",
                                  false,
                                  List.of(SchemeRequirement.of("ApiKeyAuth"))),
                              OperationSecurity.required(
                                  "basic()",
                                  "GET",
                                  "/basic",
                                  false,
                                  List.of(SchemeRequirement.of("BasicAuth")))),
                          "Replica API")))
              .realm("replicas")
              .apiKey("ApiKeyAuth", keys)
              .basic("BasicAuth", throttle.guard(users))
              .build();
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor = Executors.newFixedThreadPool(16);
      server.setExecutor(executor);
      GatehouseHttpFilter guard = GatehouseHttpFilter.operationsOnly(gatehouse);
      for (String path : List.of("/key", "/basic")) {
        server
            .createContext(
                path,
                exchange -> {
                  byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                  exchange.sendResponseHeaders(200, body.length);
                  exchange.getResponseBody().write(body);
                  exchange.close();
                })
            .getFilters()
            .add(guard);
      }
      server.start();
      return new Replica(keys, users, server, executor);
    }

    HttpResponse<String> get(String path, String header, String value) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
              .header(header, value)
              .timeout(Duration.ofSeconds(30))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    int key(String key) throws Exception {
      return get("/key", "X-API-Key", key).statusCode();
    }

    HttpResponse<String> basic(String user, String password) throws Exception {
      return get(
          "/basic",
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    void stop() throws Exception {
      server.stop(0);
      executor.shutdownNow();
      keys.close();
    }
  }

  record Endpoint(
      String endpointInterface, List<OperationSecurity> operations, String documentTitle)
      implements GeneratedEndpoint {}

  static GeneratedScheme scheme(String name, SchemeKind kind, CredentialExtractor<?> extractor) {
    SchemeDefinition definition = new SchemeDefinition(name, kind, "", "", extractor);
    return () -> definition;
  }

  @BeforeAll
  static void start() throws Exception {
    pg = TestPostgres.start();
    GatehouseSchema.migrate(pg.dataSource());
    one = Replica.start();
    two = Replica.start();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      one.stop();
      two.stop();
    } finally {
      pg.close();
    }
  }

  @Test
  void aKeyRevokedThroughOneReplicaIsRefusedByBothWithinTheBound() throws Exception {
    IssuedApiKey issued = one.keys().admin().issue("billing", Set.of(), null);
    assertThat(one.key(issued.key())).isEqualTo(200);
    assertThat(two.key(issued.key())).isEqualTo(200);

    one.keys().admin().revoke(issued.keyId());

    assertThat(one.key(issued.key())).isEqualTo(401);
    Thread.sleep(TTL.toMillis() + 50);
    assertThat(two.key(issued.key())).isEqualTo(401);
    HttpResponse<String> refused = two.get("/key", "X-API-Key", issued.key());
    assertThat(refused.headers().allValues("WWW-Authenticate")).isNotEmpty();
  }

  @Test
  void aThrottleTriggeredThroughOneReplicaHoldsOnTheOther() throws Exception {
    one.users().admin().create("carol", "secret".toCharArray(), Set.of());
    for (int i = 0; i < 4; i++) {
      assertThat(one.basic("carol", "guess" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> throttled = two.basic("carol", "secret");

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(throttled.headers().allValues("WWW-Authenticate")).isEmpty();
    assertThat(throttled.body()).contains("Too many failed authentication attempts");
  }

  @Test
  void postgresKilledMidRunIs503WithRetryAfterAndHealsWithoutRestart() throws Exception {
    IssuedApiKey issued = one.keys().admin().issue("billing", Set.of(), null);
    one.users().admin().create("dave", "secret".toCharArray(), Set.of());
    assertThat(two.key(issued.key())).isEqualTo(200);

    pg.kill();
    try {
      Thread.sleep(TTL.toMillis() + 50); // let the cached row go stale
      for (Replica r : List.of(one, two)) {
        HttpResponse<String> down = r.get("/key", "X-API-Key", issued.key());
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).hasValue("4");
        HttpResponse<String> userDown = r.basic("dave", "secret");
        assertThat(userDown.statusCode()).isEqualTo(503);
        assertThat(userDown.headers().firstValue("Retry-After")).isPresent();
      }
    } finally {
      pg.restart();
    }

    assertThat(one.key(issued.key())).isEqualTo(200);
    assertThat(two.key(issued.key())).isEqualTo(200);
    assertThat(two.basic("dave", "secret").statusCode()).isEqualTo(200);
  }

  @Test
  void sixtyFourThreadsFindNoLostUpdateAndNoAcceptedRevokedKey() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(64);
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    IssuedApiKey shared = one.keys().admin().issue("shared", Set.of("s"), null);
    AtomicInteger rotations = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 64; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                Replica mine = thread % 2 == 0 ? one : two;
                Replica other = mine == one ? two : one;
                // Everyone races to rotate the same key: exactly one may win.
                try {
                  mine.keys().admin().rotate(shared.keyId(), Duration.ofMinutes(5));
                  rotations.incrementAndGet();
                } catch (IllegalStateException expected) {
                  // already rotated by another thread
                }
                for (int i = 0; i < 3; i++) {
                  IssuedApiKey issued = mine.keys().admin().issue("t" + thread, Set.of(), null);
                  if (mine.key(issued.key()) != 200 || other.key(issued.key()) != 200) {
                    problems.add("issued key refused");
                  }
                  IssuedApiKey rotated = mine.keys().admin().rotate(issued.keyId(), Duration.ZERO);
                  if (mine.key(issued.key()) != 401) {
                    problems.add("rotated-out key accepted on its own replica");
                  }
                  if (other.key(rotated.key()) != 200) {
                    problems.add("rotated key refused");
                  }
                  mine.keys().admin().revoke(rotated.keyId());
                  if (mine.key(rotated.key()) != 401) {
                    problems.add("revoked key accepted on its own replica");
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(problems).isEmpty();
    assertThat(rotations).hasValue(1);
    assertThat(one.keys().admin().find(shared.keyId()).orElseThrow().replacedBy()).isNotNull();
    for (int thread = 0; thread < 64; thread++) {
      List<ApiKeyInfo> keys = one.keys().admin().list("t" + thread);
      assertThat(keys).hasSize(6); // 3 issued + 3 successors: no insert lost
      assertThat(keys).filteredOn(k -> k.replacedBy() != null).hasSize(3);
      assertThat(keys).filteredOn(k -> k.revokedAt() != null).hasSize(3);
    }
    // After the bound, no revoked or rotated-out key passes on either replica.
    Thread.sleep(TTL.toMillis() + 50);
    for (int thread = 0; thread < 64; thread += 7) {
      for (ApiKeyInfo info : one.keys().admin().list("t" + thread)) {
        assertThat(info.activeAt(java.time.Instant.now())).isFalse();
      }
    }
  }
}
