package dev.gatehouse.it.keycloak;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback pass-through to Keycloak's JWKS URL that counts the fetches, so a test can see how
 * often the verifier asked for keys.
 */
final class CountingJwks implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger fetches = new AtomicInteger();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final URI upstreamUrl;

  /** A pass-through to the {@code gatehouse} realm's key set. */
  CountingJwks() {
    this(URI.create(KeycloakSchemes.JWKS_URL));
  }

  /** A pass-through to the key set at {@code upstreamUrl}. */
  CountingJwks(URI upstreamUrl) {
    this.upstreamUrl = upstreamUrl;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/certs",
        exchange -> {
          fetches.incrementAndGet();
          int status;
          byte[] body;
          String type = "application/json";
          try {
            HttpResponse<String> upstream =
                client.send(
                    HttpRequest.newBuilder(upstreamUrl).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = upstream.statusCode();
            body = upstream.body().getBytes(StandardCharsets.UTF_8);
            type = upstream.headers().firstValue("Content-Type").orElse(type);
          } catch (IOException | InterruptedException e) {
            status = 502;
            body = "{}".getBytes(StandardCharsets.UTF_8);
          }
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** The JWKS URL to configure. */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs");
  }

  /** How many times the key set was fetched through this pass-through. */
  int fetches() {
    return fetches.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
