package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.WebFluxExample.API_KEY;
import static dev.gatehouse.webflux.it.WebFluxExample.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import dev.gatehouse.it.KeepAliveConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
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
    for (int round = 0; round < 20; round++) {
      try (KeepAliveConnection connection = new KeepAliveConnection(port, Duration.ofSeconds(10))) {
        String mayBlock =
            connection.get("/users/me", "Authorization", Http.bearer(demoToken("me")));
        String inPlace = connection.get("/kinds/query?api_key=" + API_KEY);
        connection.write(mayBlock + inPlace);
        assertThat(connection.nextStatus()).as("round %d, first", round).isEqualTo(200);
        assertThat(connection.nextStatus()).as("round %d, second", round).isEqualTo(200);
        connection.write(inPlace);
        int third;
        try {
          third = connection.nextStatus();
        } catch (SocketTimeoutException e) {
          throw new AssertionError("round " + round + ": the third request was never answered", e);
        }
        assertThat(third).as("round %d, third", round).isEqualTo(200);
      }
    }
  }
}
