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

  /**
   * What the runtime answers with the problem renderer fits the schema the document declares: every
   * required member present, each member of its declared type, {@code reason} in its enum, and no
   * member the schema does not name.
   */
  @Test
  void theRuntimesProblemBodiesFitTheDocumentsSchema() throws IOException {
    JsonNode schema =
        document(Sources.compile(List.of("-Agatehouse.refusals=problem"), SOURCES))
            .at("/components/schemas/GatehouseError");
    for (dev.gatehouse.runtime.Decision.Deny deny :
        List.of(
            new dev.gatehouse.runtime.Decision.Deny(
                401, List.of("Bearer realm=\"x\""), "Not authenticated; send a \"Bearer\" token"),
            new dev.gatehouse.runtime.Decision.Deny(
                403, List.of(), "Not enough permissions; missing scopes: items"))) {
      String body = dev.gatehouse.runtime.RefusalRenderer.problemDetails().body(deny);
      JsonNode problem = new ObjectMapper().readTree(body);
      schema
          .get("required")
          .forEach(r -> assertThat(problem.has(r.asText())).as(r.asText()).isTrue());
      problem
          .fieldNames()
          .forEachRemaining(
              name -> {
                JsonNode declared = schema.at("/properties/" + name);
                assertThat(declared.isMissingNode()).as("%s is declared", name).isFalse();
                String type = declared.get("type").asText();
                assertThat(
                        type.equals("integer")
                            ? problem.get(name).isInt()
                            : problem.get(name).isTextual())
                    .as("%s is a %s", name, type)
                    .isTrue();
                if (declared.has("enum")) {
                  assertThat(declared.get("enum").toString())
                      .contains("\"" + problem.get(name).asText() + "\"");
                }
              });
      assertThat(problem.get("status").asInt()).isEqualTo(deny.status());
      assertThat(problem.get("detail").asText()).isEqualTo(deny.detail());
    }
  }

  @Test
  void byDefaultTheDocumentDescribesTheDetailBodyAndTheGlueIsUnchanged() throws IOException {
    Compilation compilation = Sources.compile(List.of(), SOURCES);

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode doc = document(compilation);
    assertThat(
            doc.at("/components/responses/GatehouseUnauthorized/content").has("application/json"))
        .isTrue();
    assertThat(doc.at("/components/schemas/GatehouseError/required").toString())
        .isEqualTo("[\"detail\"]");
    assertThat(glue(compilation)).doesNotContain("refusals()");
  }

  private static JsonNode document(Compilation compilation) throws IOException {
    return new ObjectMapper()
        .readTree(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
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
