package dev.gatehouse.processor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Inputs far larger than real ones, generated here: thousands of operations across many interfaces,
 * very deep type nesting, and very long names. Each compiles, and the document is complete (every
 * operation, scheme and component, counted) and valid under the official schema.
 */
class LargeInputTest {
  private static final int INTERFACES = 60;
  private static final int OPERATIONS_PER_INTERFACE = 50;
  private static final int SCHEMES = 40;
  private static final String[] VERBS = {"GET", "POST", "PUT", "DELETE", "PATCH"};

  @Test
  void threeThousandOperationsAcrossSixtyInterfaces() {
    List<JavaFileObject> sources = new ArrayList<>();
    StringBuilder schemes = new StringBuilder();
    for (int s = 0; s < SCHEMES; s++) {
      schemes.append("@HttpBearer(schemeName = \"Bearer").append(s).append("\")\n");
    }
    sources.add(
        JavaFileObjects.forSourceString(
            "big.Schemes",
            "package big;\nimport dev.gatehouse.annotations.*;\n"
                + schemes
                + "final class Schemes {}\n"));
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < INTERFACES; i++) {
      StringBuilder api = new StringBuilder();
      api.append("package big;\n")
          .append("import dev.gatehouse.annotations.*;\n")
          .append("import jakarta.ws.rs.*;\n")
          .append("import java.util.List;\n")
          .append("@Path(\"/api")
          .append(i)
          .append("\")\n")
          .append("@SecurityRequirement(\"Bearer")
          .append(i % SCHEMES)
          .append("\")\n")
          .append("public interface Api")
          .append(i)
          .append(" {\n");
      for (int j = 0; j < OPERATIONS_PER_INTERFACE; j++) {
        String verb = VERBS[j % VERBS.length];
        String path = "op" + j + "/{id" + j + "}";
        api.append("  /** Operation ")
            .append(j)
            .append(" of interface ")
            .append(i)
            .append(". */\n")
            .append("  @")
            .append(verb)
            .append(" @Path(\"")
            .append(path)
            .append("\")\n");
        if (j % 7 == 0) {
          api.append("  @SecurityRequirement(value = \"Bearer")
              .append((i + j) % SCHEMES)
              .append("\", scopes = \"s")
              .append(j)
              .append("\")\n");
        }
        String returns = j % 3 == 0 ? "List<Body" + i + "_" + (j % 10) + ">" : "String";
        String body =
            verb.equals("GET") || verb.equals("DELETE")
                ? ""
                : ", Body" + i + "_" + (j % 10) + " body";
        api.append("  ")
            .append(returns)
            .append(" op")
            .append(j)
            .append("(@PathParam(\"id")
            .append(j)
            .append("\") long id")
            .append(", @QueryParam(\"q\") String q")
            .append(body)
            .append(");\n");
        expected.add(verb + " /api" + i + "/" + path);
      }
      for (int b = 0; b < 10; b++) {
        api.append("  record Body")
            .append(i)
            .append('_')
            .append(b)
            .append("(String name, int count, List<String> tags) {}\n");
      }
      api.append("}\n");
      sources.add(JavaFileObjects.forSourceString("big.Api" + i, api.toString()));
    }

    Outcome outcome = Outcome.compile(List.of(), sources);

    assertThat(outcome.succeeded()).as(outcome.diagnostics()).isTrue();
    JsonNode document = outcome.assertInvariant().orElseThrow();
    assertThat(expected).hasSize(INTERFACES * OPERATIONS_PER_INTERFACE).hasSize(3000);
    assertThat(Outcome.operations(document)).containsExactlyElementsOf(expected);
    assertThat(Outcome.schemes(document)).hasSize(SCHEMES);
    // Ten body records per interface, all referenced, plus Gatehouse's error schema.
    assertThat(document.path("components").path("schemas").size()).isEqualTo(INTERFACES * 10 + 1);
    assertThat(document.at("/paths/~1api59~1op44~1{id44}/patch/security"))
        .hasToString("[{\"Bearer19\":[]}]");
    assertThat(document.at("/paths/~1api3~1op42~1{id42}/put/security"))
        .hasToString("[{\"Bearer5\":[\"s42\"]}]");
    // One glue class per interface, one extractor per scheme, and the typed verifier builder.
    assertThat(outcome.compilation.generatedSourceFiles()).hasSize(INTERFACES + SCHEMES + 1);
  }

  @Test
  void deeplyNestedGenericsAndTypes() {
    int depth = 120;
    StringBuilder nestedList = new StringBuilder("String");
    for (int i = 0; i < depth; i++) {
      nestedList.insert(0, "List<").append('>');
    }
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      chain.append("record Level").append(i).append("(Level").append(i + 1).append(" next) {}\n");
    }
    chain.append("record Level").append(depth).append("(String leaf) {}\n");
    StringBuilder nestedTypes = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      nestedTypes.append("interface N").append(i).append(" {\n");
    }
    nestedTypes.append("@Path(\"/deepest\") interface Api { @GET String get(); }\n");
    nestedTypes.append("}\n".repeat(40));
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "deep.Deep",
            "package deep;\nimport jakarta.ws.rs.*;\nimport java.util.List;\n"
                + chain
                + nestedTypes
                + "@Path(\"/deep\")\npublic interface Deep {\n"
                + "  @GET @Path(\"lists\") "
                + nestedList
                + " lists();\n"
                + "  @POST @Path(\"chain\") void chain(Level0 start);\n"
                + "}\n");

    Outcome outcome = Outcome.compile(List.of(), List.of(source));

    assertThat(outcome.succeeded()).as(outcome.diagnostics()).isTrue();
    JsonNode document = outcome.assertInvariant().orElseThrow();
    assertThat(Outcome.operations(document))
        .containsExactly("GET /deep/lists", "GET /deepest", "POST /deep/chain");
    JsonNode schema =
        document.at("/paths/~1deep~1lists/get/responses/200/content/application~1json/schema");
    for (int i = 0; i < depth; i++) {
      assertThat(schema.path("type").asText()).as("level %d", i).isEqualTo("array");
      schema = schema.path("items");
    }
    assertThat(schema).hasToString("{\"type\":\"string\"}");
    assertThat(document.at("/components/schemas/Level0/properties/next/anyOf/0/$ref").asText())
        .isEqualTo("#/components/schemas/Level1");
    assertThat(document.at("/components/schemas/Level" + depth + "/properties/leaf/type"))
        .hasToString("[\"string\",\"null\"]");
  }

  @Test
  void veryLongNamesAndPaths() {
    String longName = "L" + "o".repeat(200) + "ng";
    String longPath = "/" + "segment/".repeat(300) + "{" + "v".repeat(500) + "}";
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "longs." + longName,
            "package longs;\nimport dev.gatehouse.annotations.*;\nimport jakarta.ws.rs.*;\n"
                + "@HttpBasic(schemeName = \"S"
                + "x".repeat(1000)
                + "\", description = \""
                + "d".repeat(20000)
                + "\")\n"
                + "@Path(\""
                + longPath
                + "\")\n"
                + "@SecurityRequirement(\"S"
                + "x".repeat(1000)
                + "\")\n"
                + "public interface "
                + longName
                + " {\n"
                + "  @GET String "
                + "m".repeat(3000)
                + "(@PathParam(\""
                + "v".repeat(500)
                + "\") String v);\n}\n");

    Outcome outcome = Outcome.compile(List.of(), List.of(source));

    assertThat(outcome.succeeded()).as(outcome.diagnostics()).isTrue();
    JsonNode document = outcome.assertInvariant().orElseThrow();
    assertThat(Outcome.operations(document)).containsExactly("GET " + longPath);
    assertThat(Outcome.schemes(document)).containsExactly("S" + "x".repeat(1000));
  }
}
