package dev.gatehouse.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.it.DocumentConformance;
import dev.gatehouse.it.Http;
import dev.gatehouse.it.SampleCredentials;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The document and the enforcement agree everywhere on Quarkus REST: every operation of the
 * generated {@code openapi.json}, checked by the same {@link DocumentConformance} as on Jersey.
 */
@QuarkusTest
class ConformanceTest {
  @TestHTTPResource("/")
  URI base;

  @Test
  void everyAlternativeAndEveryNearMissBehavesAsDocumented() throws IOException {
    JsonNode document = DocumentConformance.generatedDocument();
    // The shared Keycloak DPoP and mTLS operations need a proof or a client certificate; they run
    // on Jersey, Jetty and the JDK server against Keycloak (KeycloakSenderConstrainedTest).
    Set<String> bound = DocumentConformance.senderConstrainedOperations(document);
    assertThat(bound).isNotEmpty();
    int checked =
        new DocumentConformance(new Http(base), document, SampleCredentials.get())
            .check((m, p) -> !bound.contains(m + " " + p));
    assertThat(checked).as("requests checked").isGreaterThan(20);
  }
}
