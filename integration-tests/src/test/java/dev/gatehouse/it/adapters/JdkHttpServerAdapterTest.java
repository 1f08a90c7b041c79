package dev.gatehouse.it.adapters;

import static dev.gatehouse.it.ExampleSecurity.API_KEY;
import static dev.gatehouse.it.ExampleSecurity.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.spi.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK {@code HttpServer} adapter: one context per operation path prefix, naive handlers that
 * ignore the method and the rest of the path (the JDK matches contexts by string prefix), guarded
 * by {@link GatehouseHttpFilter#operationsOnly}; plus a pass-through context at {@code /static}.
 */
class JdkHttpServerAdapterTest extends AdapterContract {
  private static HttpServer server;
  private static ExecutorService executor;
  private static RawHttp http;

  @BeforeAll
  static void start() throws IOException {
    Gatehouse gatehouse = AdapterFixture.gatehouse();
    GatehouseHttpFilter guard = GatehouseHttpFilter.operationsOnly(gatehouse);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    Set<String> prefixes = new HashSet<>();
    for (Operation op : AdapterFixture.operations()) {
      String prefix =
          op.path().contains("{") ? op.path().substring(0, op.path().indexOf('{')) : op.path();
      if (prefixes.add(prefix)) {
        server
            .createContext(prefix, handler(AdapterFixture.handlerName(op)))
            .getFilters()
            .add(guard);
      }
    }
    HttpContext open = server.createContext("/static", handler("static"));
    open.getFilters().add(new GatehouseHttpFilter(gatehouse));
    server.start();
    http = new RawHttp(server.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  @Override
  RawHttp http() {
    return http;
  }

  private static HttpHandler handler(String name) {
    return exchange -> {
      if (name.equals("admin") && GatehouseHttpFilter.authentication(exchange).isEmpty()) {
        ADMIN_WITHOUT_CALLER.incrementAndGet();
      }
      String operation =
          name.equals("form")
              ? "form:"
                  + dev.gatehouse.it.Caller.note(
                      new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
              : name;
      answer(
          exchange,
          "full".equals(exchange.getRequestHeaders().getFirst(dev.gatehouse.it.Caller.FULL))
              ? dev.gatehouse.it.Caller.full(GatehouseHttpFilter.caller(exchange))
              : AdapterFixture.caller(operation, GatehouseHttpFilter.authentication(exchange)));
    };
  }

  private static void answer(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void passThroughContextsServeNonOperationsButStillRefuseBadPaths() {
    assertThat(http.get("/static/logo.png").body())
        .isEqualTo("{\"operation\":\"static\",\"user\":null}");
    assertThat(http.get("/static/../admin").status()).isEqualTo(400);
    assertThat(http.get("/static/%2e%2e/admin").status()).isEqualTo(400);
  }

  @Test
  void principalIsExposedAsHttpPrincipalWithTheSchemeAsRealm() throws IOException {
    HttpServer probe =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    probe
        .createContext(
            "/admin",
            e -> answer(e, e.getPrincipal().getUsername() + "@" + e.getPrincipal().getRealm()))
        .getFilters()
        .add(new GatehouseHttpFilter(AdapterFixture.gatehouse()));
    probe.start();
    try {
      assertThat(
              new RawHttp(probe.getAddress().getPort())
                  .get(
                      "/admin",
                      "Authorization",
                      AdapterFixture.basic("admin", "correct horse battery staple"))
                  .body())
          .isEqualTo("admin@HTTPBasic");
    } finally {
      probe.stop(0);
    }
  }

  @Test
  void unavailableVerifierIs503WithRetryAfter() throws IOException {
    HttpServer down =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    down.createContext("/admin", handler("admin"))
        .getFilters()
        .add(GatehouseHttpFilter.operationsOnly(AdapterFixture.basicUnavailable()));
    down.start();
    try {
      RawHttp.Response response =
          new RawHttp(down.getAddress().getPort())
              .get("/admin", "Authorization", AdapterFixture.basic("admin", "x"));
      assertRefused(response, 503, List.of(), "Authentication is temporarily unavailable");
      assertThat(response.first("Retry-After")).isEqualTo("30");
    } finally {
      down.stop(0);
    }
  }

  /** The JDK shares exchange attributes per context; each request must still see its own caller. */
  @Test
  void concurrentRequestsEachSeeTheirOwnCaller() throws Exception {
    List<Future<Boolean>> results = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      for (int i = 0; i < 200; i++) {
        boolean key = i % 2 == 0;
        results.add(
            clients.submit(
                () -> {
                  String target = "/items/" + UUID.randomUUID();
                  String body =
                      key
                          ? http.get(target, "X-API-Key", API_KEY).body()
                          : http.get(target, "Authorization", AdapterFixture.bearer(demoToken()))
                              .body();
                  return body.contains(key ? "\"user\":\"ci-bot\"" : "\"user\":\"token-user\"");
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      clients.shutdownNow();
    }
  }
}
