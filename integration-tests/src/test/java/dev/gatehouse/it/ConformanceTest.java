package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
    Set<String> bound = senderConstrainedOperations(document);
    assertThat(bound).containsExactlyInAnyOrder("GET /keycloak/dpop/items", "GET /keycloak/mtls/items");
    int checked = new DocumentConformance(
                new Http(server.uri()),
                document,
                SampleCredentials.get()).check((m, p) -> !bound.contains(m + " " + p));

    assertThat(checked).as("requests checked").isGreaterThan(20);
  }

  /**
   * Operations whose schemes take only sender-constrained tokens ({@code
   * x-gatehouse-token-binding}): a bearer token alone never satisfies them, and their requests need
   * a fresh proof or a TLS client certificate; {@code KeycloakSenderConstrainedTest} runs them.
   */
  private static Set<String> senderConstrainedOperations(JsonNode document) {
    Set<String> bound = new TreeSet<>();
    JsonNode schemes = document.path("components").path("securitySchemes");
    document.path("paths").properties().forEach(path ->
        path.getValue().properties().forEach(op -> {
          for (JsonNode alternative : op.getValue().path("security")) {
            alternative.fieldNames().forEachRemaining(name -> {
              if (schemes.path(name).has("x-gatehouse-token-binding")) {
                bound.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
              }
            });
          }
        }));
    return bound;
  }
}
