package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.WebFluxExample.API_KEY;
import static dev.gatehouse.webflux.it.WebFluxExample.demoToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import java.net.URI;
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
    http =
        new Http(
            URI.create(
                "http://127.0.0.1:"
                    + context.getEnvironment().getProperty("local.server.port")
                    + "/"));
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
}
