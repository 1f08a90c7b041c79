package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document and the enforcement agree everywhere on the JAX-RS server: every operation of the
 * generated {@code openapi.json}, checked by {@link DocumentConformance}.
 */
class ConformanceTest {
  private static ExampleServer server;

  @BeforeAll
  static void start() {
    server = ExampleServer.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyAlternativeAndEveryNearMissBehavesAsDocumented() throws IOException {
    int checked =
        new DocumentConformance(
                new Http(server.uri()),
                DocumentConformance.generatedDocument(),
                SampleCredentials.get())
            .check((m, p) -> true);

    assertThat(checked).as("requests checked").isGreaterThan(20);
  }
}
