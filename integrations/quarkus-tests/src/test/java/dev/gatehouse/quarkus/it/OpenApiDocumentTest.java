package dev.gatehouse.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Http;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor's {@code META-INF/openapi.json} is what Quarkus serves at {@code /q/openapi}:
 * SmallRye OpenAPI reads it as the static document ({@code mp.openapi.scan.disable=true}) and
 * writes it out again with its own printer, so the two are equal as JSON, not byte for byte.
 */
@QuarkusTest
class OpenApiDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URI base;

  @Test
  void theServedDocumentIsTheGeneratedOne() throws IOException {
    HttpResponse<String> served = new Http(base).send("/q/openapi?format=json");

    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(JSON.readTree(served.body()))
        .isEqualTo(JSON.readTree(resource("META-INF/openapi.json")));
  }

  /** The Jersey service's reviewed golden copy: same sources, same processor, same bytes. */
  @Test
  void theGeneratedDocumentIsTheJerseyServicesGoldenByteForByte() throws IOException {
    assertThat(resource("META-INF/openapi.json")).isEqualTo(resource("golden/openapi.json"));
  }

  private static String resource(String name) throws IOException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<URL> found = Collections.list(loader.getResources(name));
    assertThat(found).as(name).hasSize(1);
    try (InputStream in = found.get(0).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
