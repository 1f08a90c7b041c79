package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
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
    JsonNode document = DocumentConformance.generatedDocument();
    // Left to KeycloakSenderConstrainedTest: these need a DPoP proof or a client certificate.
    Set<String> bound = DocumentConformance.senderConstrainedOperations(document);
    assertThat(bound)
        .containsExactlyInAnyOrder("GET /keycloak/dpop/items", "GET /keycloak/mtls/items");
    int checked =
        new DocumentConformance(new Http(server.uri()), document, SampleCredentials.get())
            .check((m, p) -> !bound.contains(m + " " + p));

    assertThat(checked).as("requests checked").isGreaterThan(20);
  }
}
