package dev.gatehouse.it.soak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.it.ItemsResource;
import dev.gatehouse.it.KindsResource;
import dev.gatehouse.it.UsersResource;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.spi.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The two servers under load, sharing one {@link Gatehouse}: Jersey with {@link GatehouseFeature}
 * on the JDK HTTP server, and the JDK HTTP server with {@link GatehouseHttpFilter} and plain
 * handlers. Both answer an allowed request with the same JSON: the operation and the caller.
 */
final class SoakServers implements AutoCloseable {
  /** The name each operation answers with, as the JAX-RS resources of the module name them. */
  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("GET /items", "items"),
          Map.entry("GET /items/{id}", "item"),
          Map.entry("GET /both", "both"),
          Map.entry("GET /maybe", "maybe"),
          Map.entry("GET /admin", "admin"),
          Map.entry("GET /hello", "hello"),
          Map.entry("GET /users/me", "me"),
          Map.entry("GET /users/me/items", "my-items"),
          Map.entry("GET /kinds/query", "query"),
          Map.entry("GET /kinds/cookie", "cookie"),
          Map.entry("GET /kinds/digest", "digest"),
          Map.entry("GET /kinds/hoba", "hoba"),
          Map.entry("GET /kinds/oidc", "oidc"));

  private final HttpServer jersey;
  private final HttpServer jdk;
  private final ExecutorService jerseyPool;
  private final ExecutorService jdkPool;

  SoakServers(Gatehouse gatehouse, int workers) throws IOException {
    ResourceConfig config =
        new ResourceConfig()
            .register(ItemsResource.class)
            .register(UsersResource.class)
            .register(KindsResource.class)
            .register(new GatehouseFeature(gatehouse));
    jersey =
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, false);
    jerseyPool = Executors.newFixedThreadPool(workers, named("soak-jersey-"));
    jersey.setExecutor(jerseyPool);
    jersey.start();

    jdk = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    jdkPool = Executors.newFixedThreadPool(workers, named("soak-jdk-"));
    jdk.setExecutor(jdkPool);
    GatehouseHttpFilter guard = GatehouseHttpFilter.operationsOnly(gatehouse);
    Set<String> prefixes = new HashSet<>();
    for (Operation op : gatehouse.operations()) {
      String prefix =
          op.path().contains("{") ? op.path().substring(0, op.path().indexOf('{')) : op.path();
      if (prefixes.add(prefix)) {
        jdk.createContext(prefix, SoakServers::answer).getFilters().add(guard);
      }
    }
    jdk.start();
  }

  int jerseyPort() {
    return jersey.getAddress().getPort();
  }

  int jdkPort() {
    return jdk.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String operation = GatehouseHttpFilter.operation(exchange).orElseThrow();
    byte[] body =
        caller(LABELS.get(operation), GatehouseHttpFilter.authentication(exchange))
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The same rendering as the module's JAX-RS resources ({@code dev.gatehouse.it.Caller}). */
  static String caller(String operation, Optional<Authentication> who) {
    if (who.isEmpty()) {
      return "{\"operation\":\"" + operation + "\",\"user\":null}";
    }
    Authentication a = who.get();
    return "{\"operation\":\""
        + operation
        + "\",\"user\":\""
        + a.name()
        + "\",\"scheme\":\""
        + a.scheme()
        + "\",\"scopes\":\""
        + String.join(" ", new TreeSet<>(a.scopes()))
        + "\"}";
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    jersey.stop(0);
    jdk.stop(0);
    jerseyPool.shutdownNow();
    jdkPool.shutdownNow();
    try {
      jerseyPool.awaitTermination(30, TimeUnit.SECONDS);
      jdkPool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
