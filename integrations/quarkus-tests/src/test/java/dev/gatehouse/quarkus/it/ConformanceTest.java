package dev.gatehouse.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.DocumentConformance;
import dev.gatehouse.it.Http;
import dev.gatehouse.it.SampleCredentials;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
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
    int checked =
        new DocumentConformance(
                new Http(base), DocumentConformance.generatedDocument(), SampleCredentials.get())
            .check((m, p) -> true);
    assertThat(checked).as("requests checked").isGreaterThan(20);
  }
}
