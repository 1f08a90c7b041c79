package dev.gatehouse.processor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.JavaFileObjects;
import dev.gatehouse.processor.testing.RoundGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Another processor generates, in rounds 1, 2 and 3, the types that annotated sources refer to
 * (superinterfaces, body types, annotation value constants, scheme holders) and whole endpoint
 * interfaces, the last one in the last round that generates anything. The document and the
 * generated glue must be as if everything had been written by hand; what is never generated must
 * give javac's error and no document.
 */
class RoundsTest {

  private static final JavaFileObject HAND_WRITTEN =
      JavaFileObjects.forSourceLines(
          "app.ShopApi",
          "package app;",
          "",
          "import dev.gatehouse.annotations.HttpBearer;",
          "import dev.gatehouse.annotations.SecurityRequirement;",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.Path;",
          "",
          "@HttpBearer(schemeName = gen.Names.BEARER)",
          "@Path(gen.Names.ROOT)",
          "@SecurityRequirement(gen.Names.BEARER)",
          "public interface ShopApi extends gen.CrudBase<gen.Order> {",
          "  @GET",
          "  @Path(\"summary\")",
          "  gen.Summary summary();",
          "",
          "  @POST",
          "  @Path(\"open\")",
          "  @SecurityRequirement(\"Later\")",
          "  void open(gen.Order order);",
          "}");

  /** Round 1: the superinterface, whose type argument's class comes in round 2. */
  private static final Map<String, String> ROUND_1 =
      Map.of(
          "gen.CrudBase",
          """
          package gen;
          import jakarta.ws.rs.*;
          public interface CrudBase<T> {
            @GET @Path("{id}") T get(@PathParam("id") long id);
            @DELETE @Path("{id}") void delete(@PathParam("id") long id);
          }
          """,
          "gen.Summary",
          "package gen; public record Summary(int count, Order latest) {}");

  /** Round 2: the body type, the constants, and a scheme holder. */
  private static final Map<String, String> ROUND_2 =
      Map.of(
          "gen.Order",
          "package gen; public record Order(String id, Status status) {}",
          "gen.Names",
          """
          package gen;
          public final class Names {
            public static final String ROOT = "/shop";
            public static final String BEARER = "ShopBearer";
            private Names() {}
          }
          """,
          "gen.LaterSchemes",
          """
          package gen;
          @dev.gatehouse.annotations.ApiKeyHeader(schemeName = "Later", name = "X-Later")
          final class LaterSchemes {}
          """);

  /** Round 3, the last that generates anything: an enum and a whole endpoint interface. */
  private static final Map<String, String> ROUND_3 =
      Map.of(
          "gen.Status",
          "package gen; public enum Status { OPEN, SHIPPED }",
          "gen.LateApi",
          """
          package gen;
          import jakarta.ws.rs.*;
          @Path("/late")
          @dev.gatehouse.annotations.SecurityRequirement("Later")
          public interface LateApi {
            @GET Order latest();
          }
          """);

  @Test
  void typesConstantsSchemesAndEndpointsFromRoundsOneToThree() throws IOException {
    Outcome outcome =
        Outcome.compile(
            List.of(),
            List.of(HAND_WRITTEN),
            new RoundGenerator(Map.of(1, ROUND_1, 2, ROUND_2, 3, ROUND_3)));

    assertThat(outcome.succeeded()).as(outcome.diagnostics()).isTrue();
    assertThat(outcome.warnings()).as(outcome.diagnostics()).isEmpty();
    JsonNode document = outcome.assertInvariant().orElseThrow();
    assertThat(Outcome.operations(document))
        .containsExactly(
            "DELETE /shop/{id}",
            "GET /late",
            "GET /shop/summary",
            "GET /shop/{id}",
            "POST /shop/open");
    assertThat(Outcome.schemes(document)).containsExactly("Later", "ShopBearer");
    assertThat(
            document
                .at("/paths/~1shop~1{id}/get/responses/200/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/Order");
    assertThat(document.at("/components/schemas/Order/properties/status/anyOf/0/$ref").asText())
        .isEqualTo("#/components/schemas/Status");
    assertThat(document.at("/components/schemas/Status/enum"))
        .hasToString("[\"OPEN\",\"SHIPPED\"]");
    assertThat(document.at("/paths/~1shop~1{id}/delete/security"))
        .hasToString("[{\"ShopBearer\":[]}]");
    assertThat(document.at("/paths/~1late/get/security")).hasToString("[{\"Later\":[]}]");

    // The glue, which the runtime enforces, has every operation, the inherited ones included.
    String glue = source(outcome, "app/ShopApi_Security.java");
    assertThat(glue)
        .contains("{\"get(long)\", \"GET\", \"/shop/{id}\", \"ShopBearer\"}")
        .contains("{\"delete(long)\", \"DELETE\", \"/shop/{id}\", \"ShopBearer\"}")
        .contains("{\"summary()\", \"GET\", \"/shop/summary\", \"ShopBearer\"}")
        .contains("{\"open(gen.Order)\", \"POST\", \"/shop/open\", \"Later\"}");
    assertThat(source(outcome, "gen/LateApi_Security.java"))
        .contains("\"latest()\", \"GET\", \"/late\"");
    assertThat(source(outcome, "app/ShopApi_ShopBearer_CredentialExtractor.java"))
        .contains("class ShopApi_ShopBearer_CredentialExtractor");
    assertThat(source(outcome, "gen/LaterSchemes_Later_CredentialExtractor.java"))
        .contains("\"X-Later\"");
  }

  @Test
  void operationsOfASuperinterfaceFromALaterRoundAreInTheGlue() throws IOException {
    // Only the superinterface is missing in round 1: the glue must wait for it, or the runtime
    // would enforce nothing for the inherited operations.
    JavaFileObject endpoint =
        JavaFileObjects.forSourceLines(
            "app.ReportApi",
            "package app;",
            "",
            "@dev.gatehouse.annotations.HttpBasic",
            "@dev.gatehouse.annotations.SecurityRequirement(\"HTTPBasic\")",
            "@jakarta.ws.rs.Path(\"/reports\")",
            "public interface ReportApi extends gen.Exporting {",
            "  @jakarta.ws.rs.GET String list();",
            "}");
    Map<String, String> round2 =
        Map.of(
            "gen.Exporting",
            """
            package gen;
            public interface Exporting {
              @jakarta.ws.rs.GET @jakarta.ws.rs.Path("export") String export();
            }
            """);
    Outcome outcome =
        Outcome.compile(List.of(), List.of(endpoint), new RoundGenerator(Map.of(2, round2)));

    assertThat(outcome.succeeded()).as(outcome.diagnostics()).isTrue();
    JsonNode document = outcome.assertInvariant().orElseThrow();
    assertThat(Outcome.operations(document)).containsExactly("GET /reports", "GET /reports/export");
    assertThat(source(outcome, "app/ReportApi_Security.java"))
        .contains("\"list()\", \"GET\", \"/reports\"")
        .contains("\"export()\", \"GET\", \"/reports/export\"");
  }

  @Test
  void anEndpointGeneratedInTheLastRoundIsValidatedLikeAnyOther() {
    Map<String, String> round3 =
        Map.of(
            "gen.BadApi",
            """
            package gen;
            import jakarta.ws.rs.*;
            @Path("/bad")
            @dev.gatehouse.annotations.SecurityRequirement("Nowhere")
            public interface BadApi {
              @GET String get();
            }
            """);
    Outcome outcome =
        Outcome.compile(
            List.of(),
            List.of(HAND_WRITTEN),
            new RoundGenerator(Map.of(1, ROUND_1, 2, ROUND_2, 3, merged(ROUND_3, round3))));

    outcome.assertInvariant();
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errors()).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = outcome.errors().get(0);
    assertThat(error.getMessage(Locale.ROOT))
        .startsWith("[SecUnknownScheme] Security requirement names scheme \"Nowhere\"");
    assertThat(error.getSource().getName()).endsWith("gen/BadApi.java");
    assertThat(error.getLineNumber()).isEqualTo(4);
  }

  @Test
  void aTypeThatIsNeverGeneratedIsJavacsErrorAndNoDocument() {
    // Round 2 never comes: Order, Names and the Later scheme stay missing.
    Outcome outcome =
        Outcome.compile(List.of(), List.of(HAND_WRITTEN), new RoundGenerator(Map.of(1, ROUND_1)));

    outcome.assertInvariant();
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errors())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getMessage(Locale.ROOT)).contains("cannot find symbol"));
    assertThat(outcome.document()).isEmpty();
  }

  private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
    Map<String, String> out = new TreeMap<>(a);
    out.putAll(b);
    return out;
  }

  /** A generated source with every run of white space as one space, so layout does not matter. */
  private static String source(Outcome outcome, String path) throws IOException {
    for (JavaFileObject file : outcome.compilation.generatedSourceFiles()) {
      if (file.toUri().getPath().endsWith("/" + path)) {
        return file.getCharContent(true).toString().replaceAll("\\s+", " ");
      }
    }
    throw new AssertionError("no generated source " + path);
  }
}
