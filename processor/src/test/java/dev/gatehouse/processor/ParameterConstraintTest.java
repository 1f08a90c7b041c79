package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.gatehouse.processor.testing.OpenApiValidation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation on path, query, header and cookie parameters (JAX-RS and Spring MVC, {@code
 * jakarta} and {@code javax}): not-null makes a parameter required unless it has a default, and the
 * limits become keywords of the parameter's schema, written for each OpenAPI version.
 */
class ParameterConstraintTest {

  private static final String JAX_RS_API =
      String.join(
          "\n",
          "package t;",
          "import jakarta.ws.rs.*;",
          "import jakarta.validation.constraints.*;",
          "@Path(\"/p\") public interface Api {",
          "  @GET @Path(\"{id}\") String get(",
          "      @PathParam(\"id\") @Positive long id,",
          "      @QueryParam(\"q\") @NotBlank @Size(max = 20) @Pattern(regexp = \"^[a-z]+$\") String q,",
          "      @QueryParam(\"page\") @NotNull @DefaultValue(\"1\") @Min(1) Integer page,",
          "      @QueryParam(\"ratio\") @DecimalMin(value = \"0.5\", inclusive = false)"
              + " @DecimalMax(\"2\") Double ratio,",
          "      @QueryParam(\"delta\") @Negative int delta,",
          "      @QueryParam(\"floor\") @NegativeOrZero @PositiveOrZero int floor,",
          "      @QueryParam(\"ids\") @NotEmpty @Size(max = 3) java.util.List<Long> ids,",
          "      @HeaderParam(\"X-Mail\") @Email String mail,",
          "      @CookieParam(\"session\") @javax.validation.constraints.NotNull String session,",
          "      @QueryParam(\"plain\") String plain);",
          "}");

  @Test
  void jaxRsParametersCarryTheirConstraintsIn31() throws IOException {
    JsonNode parameters = parameters(compile("3.1.0", JAX_RS_API), "/p/{id}", "get");

    assertThat(parameters.get("id").toString())
        .isEqualTo(
            "{\"name\":\"id\",\"in\":\"path\",\"required\":true,"
                + "\"schema\":{\"type\":\"integer\",\"format\":\"int64\",\"exclusiveMinimum\":0}}");
    assertThat(parameters.get("q").toString())
        .isEqualTo(
            "{\"name\":\"q\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"string\","
                + "\"minLength\":1,\"maxLength\":20,\"pattern\":\"^[a-z]+$\"}}");
    // A default fills in a missing value, so @NotNull does not make the client send one.
    assertThat(parameters.get("page").toString())
        .isEqualTo(
            "{\"name\":\"page\",\"in\":\"query\",\"schema\":{\"type\":\"integer\","
                + "\"format\":\"int32\",\"default\":1,\"minimum\":1}}");
    assertThat(parameters.get("ratio").get("schema").toString())
        .isEqualTo(
            "{\"type\":\"number\",\"format\":\"double\",\"exclusiveMinimum\":0.5,\"maximum\":2}");
    assertThat(parameters.get("delta").get("schema").toString())
        .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMaximum\":0}");
    assertThat(parameters.get("floor").get("schema").toString())
        .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":0,\"maximum\":0}");
    assertThat(parameters.get("ids").toString())
        .isEqualTo(
            "{\"name\":\"ids\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"array\","
                + "\"items\":{\"type\":\"integer\",\"format\":\"int64\"},"
                + "\"minItems\":1,\"maxItems\":3}}");
    assertThat(parameters.get("X-Mail").toString())
        .isEqualTo(
            "{\"name\":\"X-Mail\",\"in\":\"header\","
                + "\"schema\":{\"type\":\"string\",\"format\":\"email\"}}");
    assertThat(parameters.get("session").toString())
        .isEqualTo(
            "{\"name\":\"session\",\"in\":\"cookie\",\"required\":true,"
                + "\"schema\":{\"type\":\"string\"}}");
    assertThat(parameters.get("plain").toString())
        .isEqualTo("{\"name\":\"plain\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}");
  }

  @Test
  void exclusiveLimitsAreBooleansIn30() throws IOException {
    JsonNode parameters = parameters(compile("3.0.3", JAX_RS_API), "/p/{id}", "get");

    assertThat(parameters.get("id").get("schema").toString())
        .isEqualTo(
            "{\"type\":\"integer\",\"format\":\"int64\",\"minimum\":0,\"exclusiveMinimum\":true}");
    assertThat(parameters.get("ratio").get("schema").toString())
        .isEqualTo(
            "{\"type\":\"number\",\"format\":\"double\",\"minimum\":0.5,"
                + "\"exclusiveMinimum\":true,\"maximum\":2}");
  }

  @Test
  void springParametersCarryTheirConstraints() throws IOException {
    JsonNode parameters =
        parameters(
            compile(
                "3.1.0",
                String.join(
                    "\n",
                    "package t;",
                    "import org.springframework.web.bind.annotation.*;",
                    "import jakarta.validation.constraints.*;",
                    "@RequestMapping(\"/s\") public interface Api {",
                    "  @GetMapping String find(",
                    "      @RequestParam(required = false) @NotNull @Size(min = 2) String name,",
                    "      @RequestParam(defaultValue = \"10\") @Max(50) int limit,",
                    "      @RequestHeader(\"X-Trace\") @Pattern(regexp = \"^[0-9a-f]{32}$\")"
                        + " String trace);",
                    "}")),
            "/s",
            "get");

    assertThat(parameters.get("name").toString())
        .isEqualTo(
            "{\"name\":\"name\",\"in\":\"query\",\"required\":true,"
                + "\"schema\":{\"type\":\"string\",\"minLength\":2}}");
    assertThat(parameters.get("limit").toString())
        .isEqualTo(
            "{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\","
                + "\"format\":\"int32\",\"default\":10,\"maximum\":50}}");
    assertThat(parameters.get("X-Trace").toString())
        .isEqualTo(
            "{\"name\":\"X-Trace\",\"in\":\"header\",\"required\":true,"
                + "\"schema\":{\"type\":\"string\",\"pattern\":\"^[0-9a-f]{32}$\"}}");
  }

  private static JsonNode parameters(String document, String path, String method)
      throws IOException {
    JsonNode list =
        new ObjectMapper()
            .readTree(document)
            .path("paths")
            .path(path)
            .path(method)
            .path("parameters");
    var out = new ObjectMapper().createObjectNode();
    list.forEach(p -> out.set(p.get("name").asText(), p));
    return out;
  }

  /** Compiles the API with the validation and Spring stand-ins; the document must be valid. */
  private static String compile(String version, String api) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forSourceString("t.Api", api));
    sources.addAll(
        Stream.concat(
                Sources.folder("good/petstore/jakarta").stream(),
                Stream.concat(
                    Sources.folder("good/petstore/javax").stream(),
                    Sources.folder("good/spring/org").stream()))
            .toList());
    Compilation compilation =
        Sources.compile(List.of("-Agatehouse.openapi.version=" + version), sources);
    assertThat(compilation).succeededWithoutWarnings();
    String document = Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
    assertThat(OpenApiValidation.schemaMessages(document)).isEmpty();
    return document;
  }
}
