package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Agatehouse.refusals=problem}: the document's 401/403 responses describe RFC 9457 problem
 * details, and the generated glue tells the runtime so, which then answers with them.
 */
class ProblemRefusalsTest {
  private static final List<JavaFileObject> SOURCES = Sources.folder("good/tutorial");

  @Test
  void theDocumentDescribesProblemDetailsAndTheGlueSaysSo() throws IOException {
    Compilation compilation = Sources.compile(List.of("-Agatehouse.refusals=problem"), SOURCES);

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode doc = document(compilation);
    JsonNode unauthorized = doc.at("/components/responses/GatehouseUnauthorized/content");
    assertThat(unauthorized.has("application/problem+json")).isTrue();
    assertThat(unauthorized.has("application/json")).isFalse();
    JsonNode schema = doc.at("/components/schemas/GatehouseError");
    assertThat(schema.at("/required").toString())
        .isEqualTo("[\"type\",\"title\",\"status\",\"detail\"]");
    assertThat(schema.at("/properties/status/type").asText()).isEqualTo("integer");
    assertThat(glue(compilation)).contains("public String refusals()").contains("\"problem\"");
  }

  @Test
  void byDefaultTheDocumentDescribesTheDetailBodyAndTheGlueIsUnchanged() throws IOException {
    Compilation compilation = Sources.compile(List.of(), SOURCES);

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode doc = document(compilation);
    assertThat(doc.at("/components/responses/GatehouseUnauthorized/content").has("application/json"))
        .isTrue();
    assertThat(doc.at("/components/schemas/GatehouseError/required").toString())
        .isEqualTo("[\"detail\"]");
    assertThat(glue(compilation)).doesNotContain("refusals()");
  }

  private static JsonNode document(Compilation compilation) throws IOException {
    return new ObjectMapper().readTree(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
  }

  /** The source of every generated security-glue class, concatenated. */
  private static String glue(Compilation compilation) throws IOException {
    StringBuilder out = new StringBuilder();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.getName().endsWith("_Security.java")) {
        out.append(file.getCharContent(true));
      }
    }
    assertThat(out).as("generated glue").isNotEmpty();
    return out.toString();
  }
}
