package dev.gatehouse.runtime.jwt;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback RFC 7662 introspection endpoint whose answer a test sets: status, Content-Type, body
 * (or raw bytes), chunked or not, a hold until released, a drip of bytes; it records every request.
 */
final class IntrospectionServer implements AutoCloseable {
  /** One request as received. */
  record Request(
      String method, String authorization, String contentType, String accept, String body) {}

  final AtomicInteger calls = new AtomicInteger();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Counted down when a request reached a {@link #hold()} gate. */
  final CountDownLatch waiting = new CountDownLatch(1);

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private volatile int status = 200;
  private volatile String contentType = "application/json";
  private volatile byte[] body = "{\"active\":false}".getBytes(StandardCharsets.UTF_8);
  private volatile boolean chunked;
  private volatile boolean drip;
  private volatile CountDownLatch gate;

  IntrospectionServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/introspect", this::introspect);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/introspect");
  }

  IntrospectionServer answer(String json) {
    return answer(200, "application/json", json);
  }

  IntrospectionServer answer(int status, String type, String text) {
    return answerBytes(status, type, text.getBytes(StandardCharsets.UTF_8));
  }

  IntrospectionServer answerBytes(int status, String type, byte[] bytes) {
    this.status = status;
    this.contentType = type;
    this.body = bytes;
    return this;
  }

  /** Without Content-Length, so only the streaming size cap can stop a large body. */
  IntrospectionServer chunked(boolean chunked) {
    this.chunked = chunked;
    return this;
  }

  /** Sends the headers, then one byte every 200 ms: a slow-loris answer. */
  IntrospectionServer drip(boolean drip) {
    this.drip = drip;
    return this;
  }

  /** Holds answers until the returned latch is counted down. */
  CountDownLatch hold() {
    CountDownLatch latch = new CountDownLatch(1);
    gate = latch;
    return latch;
  }

  private void introspect(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Accept"),
            received));
    CountDownLatch latch = gate;
    if (latch != null) {
      waiting.countDown();
      try {
        latch.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = body;
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, chunked || drip ? 0 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (drip) {
        for (byte b : bytes) {
          out.write(b);
          out.flush();
          Thread.sleep(200);
        }
      } else {
        out.write(bytes);
      }
    } catch (IOException e) {
      // The client stopped reading (size cap or timeout).
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
