package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.WebFluxExample.API_KEY;
import static dev.gatehouse.webflux.it.WebFluxExample.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code gatehouse.webflux.decide-in-place=true}: an operation whose verifiers check memory alone
 * (configured API keys, {@code HashedApiKeys}) is decided where the request arrived, on a Reactor
 * Netty event loop; every operation that names a verifier that may block is still decided on {@code
 * boundedElastic}.
 *
 * <p>A second server beside {@link WebFluxServer}'s, left to Spring's shutdown hook like that one:
 * closing it earlier would dispose Reactor Netty's global event loops, which both servers share.
 */
class DecideInPlaceTest {
  private static Http http;
  private static int port;

  @BeforeAll
  static void start() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(WebFluxExample.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "gatehouse.webflux.decide-in-place=true")
            .run();
    port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    http = new Http(URI.create("http://127.0.0.1:" + port + "/"));
  }

  @Test
  void operationsThatCannotBlockAreDecidedWhereTheRequestArrived() {
    VerifierThreads.clear();

    assertThat(http.send("/items", "X-API-Key", API_KEY).statusCode()).isEqualTo(200);
    assertThat(http.send("/items", "X-API-Key", "wrong").statusCode()).isEqualTo(401);
    assertThat(http.send("/kinds/query?api_key=" + API_KEY).statusCode()).isEqualTo(200);

    List<VerifierThreads.Seen> seen = VerifierThreads.seen();
    assertThat(seen).hasSize(3);
    assertThat(seen)
        .allSatisfy(
            s -> {
              assertThat(s.nonBlocking()).as(s.thread()).isTrue();
              assertThat(s.thread()).startsWith("reactor-http-");
            });
  }

  @Test
  void operationsThatMayBlockAreStillDecidedOffTheEventLoop() {
    VerifierThreads.clear();

    // Each names a verifier that may block (the demo tokens' plain lambda), or a scheme beside one.
    assertThat(http.send("/items/" + UUID.randomUUID(), "X-API-Key", API_KEY).statusCode())
        .isEqualTo(200);
    assertThat(http.send("/users/me", "Authorization", Http.bearer(demoToken("me"))).statusCode())
        .isEqualTo(200);

    List<VerifierThreads.Seen> seen = VerifierThreads.seen();
    assertThat(seen).hasSize(2);
    assertThat(seen)
        .allSatisfy(
            s -> {
              assertThat(s.nonBlocking()).as(s.thread()).isFalse();
              assertThat(s.thread()).startsWith("boundedElastic-");
            });
  }

  /**
   * One keep-alive connection: a request decided on {@code boundedElastic} and, in the same write,
   * one decided in place, then a third. Reactor Netty queues the second while the first is in
   * flight; deciding it in place finishes its whole answer inside the queue's drain. Reactor Netty
   * up to 1.3.7 then stopped reading the connection (reactor-netty#4361), so the third request was
   * never answered; with 1.3.8 (docs/spring.md, Threading) every request is answered. Repeated,
   * since the first answer races the queue.
   */
  @Test
  void aKeepAliveConnectionKeepsReadingAfterARequestDecidedInPlaceFromTheQueue() throws Exception {
    String host = "Host: 127.0.0.1:" + port + "\r\n";
    String mayBlock =
        "GET /users/me HTTP/1.1\r\n"
            + host
            + "Authorization: Bearer "
            + demoToken("me")
            + "\r\n\r\n";
    String inPlace = "GET /kinds/query?api_key=" + API_KEY + " HTTP/1.1\r\n" + host + "\r\n";
    for (int round = 0; round < 20; round++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        out.write((mayBlock + inPlace).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(statusOfNextResponse(in)).as("round %d, first", round).isEqualTo(200);
        assertThat(statusOfNextResponse(in)).as("round %d, second", round).isEqualTo(200);
        out.write(inPlace.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // A stalled connection ends here in a SocketTimeoutException after 5 s.
        assertThat(statusOfNextResponse(in)).as("round %d, third", round).isEqualTo(200);
      }
    }
  }

  /** Reads one HTTP/1.1 response (a Content-Length or chunked body) and returns its status. */
  private static int statusOfNextResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    long length = 0;
    boolean chunked = false;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(header.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (!chunked) {
      in.readNBytes((int) length);
      return status;
    }
    for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; ) {
      in.readNBytes(size);
      line(in);
      size = Integer.parseInt(line(in).trim(), 16);
    }
    line(in); // the CRLF after the last chunk (no trailers)
    return status;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed; read so far: " + line);
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
