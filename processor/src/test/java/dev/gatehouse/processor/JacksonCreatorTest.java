package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonCreator} parameters name and require the properties they set, as Jackson links them
 * to fields and getters; delegating creators set none.
 */
class JacksonCreatorTest {

  @Test
  void staticFactoryParametersRenameAndRequire() throws IOException {
    JsonNode schemas =
        compile(
            "package t;",
            "import com.fasterxml.jackson.annotation.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/x\") public interface Api {",
            "  final class Point {",
            "    private final int x; private final Integer y; private final String label;",
            "    private Point(int x, Integer y, String label) {",
            "      this.x = x; this.y = y; this.label = label; }",
            "    @JsonCreator static Point of(@JsonProperty(\"x\") int x,",
            "        @JsonProperty(value = \"y\", required = true) Integer y,",
            "        @JsonProperty(value = \"text\", required = true) String label) {",
            "      return new Point(x, y, label); }",
            "    public int getX() { return x; }",
            "    public Integer getY() { return y; }",
            "    public String getLabel() { return label; }",
            "    public String getUnset() { return \"\"; }",
            "  }",
            "  @POST Point echo(Point p);",
            "}");

    JsonNode point = schemas.get("Point");
    assertThat(point.get("properties").fieldNames())
        .toIterable()
        .containsExactly("x", "y", "text", "unset");
    assertThat(point.get("required").toString()).isEqualTo("[\"x\",\"y\",\"text\"]");
    // Required means present: the value may still be null.
    assertThat(point.at("/properties/y/type").toString()).isEqualTo("[\"integer\",\"null\"]");
  }

  @Test
  void delegatingCreatorsAndRecordComponentsOnTheirOwn() throws IOException {
    JsonNode schemas =
        compile(
            "package t;",
            "import com.fasterxml.jackson.annotation.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/x\") public interface Api {",
            "  final class Wrapper {",
            "    private final String value;",
            "    @JsonCreator public Wrapper(String value) { this.value = value; }",
            "    public String getValue() { return value; }",
            "  }",
            "  final class Explicit {",
            "    private final String value;",
            "    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)",
            "    public Explicit(@JsonProperty(value = \"value\", required = true) String value) {",
            "      this.value = value; }",
            "    public String getValue() { return value; }",
            "  }",
            "  record Pair(@JsonProperty(required = true) String left, String right) {}",
            "  record Both(Wrapper wrapper, Explicit explicit, Pair pair) {}",
            "  @GET Both get();",
            "}");

    assertThat(schemas.get("Wrapper").has("required")).isFalse();
    assertThat(schemas.get("Explicit").has("required")).isFalse();
    assertThat(schemas.get("Pair").get("required").toString()).isEqualTo("[\"left\"]");
  }

  private static JsonNode compile(String... lines) throws IOException {
    Compilation compilation =
        Sources.compile(List.of(), List.of(JavaFileObjects.forSourceLines("t.Api", lines)));
    assertThat(compilation).succeededWithoutWarnings();
    return new ObjectMapper()
        .readTree(Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow()))
        .at("/components/schemas");
  }
}
