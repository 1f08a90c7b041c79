package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.WebFluxExample.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code gatehouse.webflux.decide-in-place=false}: for applications whose handlers block, every
 * operation is decided on {@code boundedElastic}, even one whose verifiers check memory alone.
 *
 * <p>A second server beside {@link WebFluxServer}'s, left to Spring's shutdown hook like that one:
 * closing it earlier would dispose Reactor Netty's global event loops, which both servers share.
 */
class DecideOnSchedulerTest {
  private static ConfigurableApplicationContext context;
  private static Http http;

  @BeforeAll
  static void start() {
    context =
        new SpringApplicationBuilder(WebFluxExample.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "gatehouse.webflux.decide-in-place=false")
            .run();
    http =
        new Http(
            URI.create(
                "http://127.0.0.1:"
                    + context.getEnvironment().getProperty("local.server.port")
                    + "/"));
  }

  @Test
  void operationsThatCannotBlockAreDecidedOnTheSchedulerToo() {
    VerifierThreads.clear();

    assertThat(http.send("/items", "X-API-Key", API_KEY).statusCode()).isEqualTo(200);
    assertThat(http.send("/kinds/query?api_key=" + API_KEY).statusCode()).isEqualTo(200);

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
