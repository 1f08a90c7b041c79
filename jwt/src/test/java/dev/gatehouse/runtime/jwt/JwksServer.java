package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback identity provider: a JWKS endpoint, a discovery document and a redirect. */
final class JwksServer implements AutoCloseable {
  final AtomicInteger jwksFetches = new AtomicInteger();
  final AtomicInteger discoveryFetches = new AtomicInteger();
  final AtomicInteger redirects = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private volatile String jwks = "{\"keys\":[]}";
  private volatile int status = 200;
  private volatile String contentType = "application/json";
  private volatile boolean chunked;
  private volatile String discovery = "{}";
  private volatile CountDownLatch gate;

  /** Counts requests that reached the gate, so a test knows a fetch is in flight. */
  final CountDownLatch waiting = new CountDownLatch(1);

  JwksServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/jwks", this::jwks);
    server.createContext("/redirect", this::redirect);
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.start();
  }

  /** http://127.0.0.1:port + path */
  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The issuer this server implies for discovery. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  JwksServer serve(JWKSet keys) {
    this.jwks = JSONObjectUtils.toJSONString(keys.toJSONObject(true));
    this.status = 200;
    return this;
  }

  JwksServer serveText(String body, String type) {
    this.jwks = body;
    this.contentType = type;
    this.status = 200;
    return this;
  }

  /** Send the body without Content-Length, so only the streaming size cap can stop it. */
  JwksServer chunked(boolean chunked) {
    this.chunked = chunked;
    return this;
  }

  JwksServer failWith(int status) {
    this.status = status;
    return this;
  }

  JwksServer discoveryDocument(String issuer, URI jwksUri) {
    this.discovery =
        "{\"issuer\":\""
            + issuer
            + "\",\"jwks_uri\":\""
            + jwksUri
            + "\","
            + "\"response_types_supported\":[\"code\"]}";
    return this;
  }

  /** Holds JWKS answers until {@link CountDownLatch#countDown()} on the returned latch. */
  CountDownLatch hold() {
    CountDownLatch latch = new CountDownLatch(1);
    gate = latch;
    return latch;
  }

  private void jwks(HttpExchange exchange) throws IOException {
    jwksFetches.incrementAndGet();
    CountDownLatch latch = gate;
    if (latch != null) {
      waiting.countDown();
      try {
        latch.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    respond(exchange, status, contentType, jwks);
  }

  private void discovery(HttpExchange exchange) throws IOException {
    discoveryFetches.incrementAndGet();
    respond(exchange, 200, "application/json", discovery);
  }

  private void redirect(HttpExchange exchange) throws IOException {
    redirects.incrementAndGet();
    exchange.getResponseHeaders().add("Location", url("/jwks").toString());
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void respond(HttpExchange exchange, int code, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(code, chunked ? 0 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // The client stopped reading (size cap); nothing to do.
    }
    exchange.close();
  }

  @Override
  public void close() {
    CountDownLatch latch = gate;
    if (latch != null) {
      latch.countDown();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
