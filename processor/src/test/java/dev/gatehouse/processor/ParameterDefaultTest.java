package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A parameter's default is documented as its framework converts it, and one the framework cannot
 * convert to the parameter's type is warned about ({@code SecDefaultNotOfType}) and left out of the
 * document rather than stated as something else.
 */
class ParameterDefaultTest {

  @Test
  void jaxRsDefaultsThatConvertAreDocumentedTyped() throws IOException {
    Compilation compilation =
        compile(
            "package t;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/p\") public interface Api {",
            "  @GET String get(",
            "      @QueryParam(\"a\") @DefaultValue(\" 10 \") int a,",
            "      @QueryParam(\"b\") @DefaultValue(\"3000000000\") long b,",
            "      @QueryParam(\"c\") @DefaultValue(\"2.50\") double c,",
            "      @QueryParam(\"d\") @DefaultValue(\"yes\") boolean d,",
            "      @QueryParam(\"e\") @DefaultValue(\"7\") java.util.List<Integer> e);",
            "}");

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode p = parameters(compilation);
    assertThat(defaultOf(p, "a")).isEqualTo("10");
    assertThat(defaultOf(p, "b")).isEqualTo("3000000000");
    // 2.50 in the document; Jackson reads it back as the double 2.5.
    assertThat(defaultOf(p, "c")).isEqualTo("2.5");
    // JAX-RS's Boolean.valueOf: anything but "true" is false.
    assertThat(defaultOf(p, "d")).isEqualTo("false");
    assertThat(defaultOf(p, "e")).isEqualTo("[7]");
  }

  @Test
  void jaxRsDefaultsThatCannotConvertAreWarnedAboutAndLeftOut() throws IOException {
    Compilation compilation =
        compile(
            "package t;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/p\") public interface Api {",
            "  @GET String get(",
            "      @QueryParam(\"a\") @DefaultValue(\"ten\") int a,",
            "      @QueryParam(\"b\") @DefaultValue(\"3000000000\") Integer b,",
            "      @QueryParam(\"c\") @DefaultValue(\"2,5\") double c,",
            "      @QueryParam(\"e\") @DefaultValue(\"0x10\") java.util.List<Long> e,",
            "      @HeaderParam(\"X-N\") @DefaultValue(\"1.5\") long n);",
            "}");

    assertThat(compilation).succeeded();
    assertThat(warnings(compilation))
        .containsExactly(
            "[SecDefaultNotOfType] The default \"ten\" of query parameter \"a\" is not an integer"
                + " within int32",
            "[SecDefaultNotOfType] The default \"3000000000\" of query parameter \"b\" is not an"
                + " integer within int32",
            "[SecDefaultNotOfType] The default \"2,5\" of query parameter \"c\" is not a number",
            "[SecDefaultNotOfType] The default \"0x10\" of query parameter \"e\" is not an integer"
                + " within int64",
            "[SecDefaultNotOfType] The default \"1.5\" of header parameter \"X-N\" is not an"
                + " integer within int64");
    JsonNode p = parameters(compilation);
    for (String name : List.of("a", "b", "c", "e", "X-N")) {
      assertThat(p.get(name).path("schema").has("default")).as(name).isFalse();
    }
  }

  @Test
  void springDefaultsAreDocumentedAsSpringConvertsThem() throws IOException {
    Compilation compilation =
        compile(
            "package t;",
            "import org.springframework.web.bind.annotation.*;",
            "@RequestMapping(\"/s\") public interface Api {",
            "  @GetMapping String get(",
            "      @RequestParam(name = \"a\", defaultValue = \"0x10\") int a,",
            "      @RequestParam(name = \"b\", defaultValue = \"-#1F\") long b,",
            "      @RequestParam(name = \"c\", defaultValue = \"1 000\") int c,",
            "      @RequestParam(name = \"d\", defaultValue = \"yes\") boolean d,",
            "      @RequestParam(name = \"f\", defaultValue = \"OFF\") Boolean f);",
            "}");

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode p = parameters(compilation);
    assertThat(defaultOf(p, "a")).isEqualTo("16");
    assertThat(defaultOf(p, "b")).isEqualTo("-31");
    assertThat(defaultOf(p, "c")).isEqualTo("1000");
    assertThat(defaultOf(p, "d")).isEqualTo("true");
    assertThat(defaultOf(p, "f")).isEqualTo("false");
  }

  @Test
  void springDefaultsThatCannotConvertAreWarnedAbout() throws IOException {
    Compilation compilation =
        compile(
            "package t;",
            "import org.springframework.web.bind.annotation.*;",
            "@RequestMapping(\"/s\") public interface Api {",
            "  @GetMapping String get(",
            "      @RequestParam(name = \"a\", defaultValue = \"maybe\") boolean a,",
            "      @RequestParam(name = \"b\", defaultValue = \"0x-1\") int b,",
            "      @RequestParam(name = \"c\", defaultValue = \"1,x\") java.util.List<Integer> c);",
            "}");

    assertThat(compilation).succeeded();
    assertThat(warnings(compilation))
        .containsExactly(
            "[SecDefaultNotOfType] The default \"maybe\" of query parameter \"a\" is not true or"
                + " false (or on/off, yes/no, 1/0), so Spring MVC cannot convert it",
            "[SecDefaultNotOfType] The default \"0x-1\" of query parameter \"b\" is not an integer"
                + " within int32, so Spring MVC cannot convert it",
            "[SecDefaultNotOfType] The default \"1,x\" of query parameter \"c\" is not an integer"
                + " within int32, so Spring MVC cannot convert it");
    JsonNode p = parameters(compilation);
    for (String name : List.of("a", "b", "c")) {
      assertThat(p.get(name).path("schema").has("default")).as(name).isFalse();
    }
  }

  /** The start of each warning's message, up to the part these tests name. */
  private static List<String> warnings(Compilation compilation) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
      String message = d.getMessage(null);
      int so = message.indexOf(", so JAX-RS");
      out.add(
          so >= 0 ? message.substring(0, so) : message.substring(0, message.indexOf(" when the")));
    }
    return out;
  }

  private static Compilation compile(String... lines) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forSourceString("t.Api", String.join("\n", lines)));
    sources.addAll(Sources.folder("good/spring/org"));
    return Sources.compile(List.of(), sources);
  }

  /** The documented default of parameter {@code name}, as JSON text. */
  private static String defaultOf(JsonNode parameters, String name) {
    return parameters.get(name).path("schema").path("default").toString();
  }

  private static JsonNode parameters(Compilation compilation) throws IOException {
    JsonNode operation =
        new ObjectMapper()
            .readTree(Sources.generated(compilation, Sources.OPENAPI).orElseThrow())
            .path("paths")
            .elements()
            .next()
            .path("get");
    var out = new ObjectMapper().createObjectNode();
    operation.path("parameters").forEach(p -> out.set(p.get("name").asText(), p));
    return out;
  }
}
