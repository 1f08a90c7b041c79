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

/** Body and response schemas of cases the pet-store golden does not show. */
class BodySchemaTest {

  @Test
  void interfacesRawGenericsAsyncVoidAndRawBodies() throws IOException {
    JsonNode doc =
        compile(
            "package t;",
            "import jakarta.ws.rs.*;",
            "import java.util.concurrent.CompletionStage;",
            "@Path(\"/x\") public interface Api {",
            "  interface Named { String getName(); boolean isActive(); }",
            "  record Box<T>(T value, java.util.List<? extends T> more) {}",
            "  @GET @Path(\"a\") Named named();",
            "  @GET @Path(\"b\") @SuppressWarnings(\"rawtypes\") Box raw();",
            "  @POST @Path(\"c\") CompletionStage<Void> later(Box<Named> box);",
            "  @GET @Path(\"d\") javax.ws.rs.core.Response legacy();",
            "  @POST @Path(\"e\") @Consumes(\"application/x-www-form-urlencoded\")"
                + " void form(byte[] body);",
            "  @POST @Path(\"f\") void upload(java.io.InputStream body);",
            "}");

    assertThat(doc.at("/components/schemas/Named/properties").fieldNames())
        .toIterable()
        .containsExactly("name", "active");
    assertThat(doc.at("/components/schemas/Box/properties/value").toString()).isEqualTo("{}");
    assertThat(doc.at("/components/schemas/Box_Named/properties/more/items/$ref").asText())
        .isEqualTo("#/components/schemas/Named");
    assertThat(doc.at("/paths/~1x~1c/post/responses").fieldNames())
        .toIterable()
        .containsExactly("204");
    assertThat(doc.at("/paths/~1x~1d/get/responses/200").has("content")).isFalse();
    assertThat(doc.at("/paths/~1x~1e/post/requestBody/content").toString())
        .isEqualTo("{\"application/x-www-form-urlencoded\":{}}");
    assertThat(doc.at("/paths/~1x~1f/post/requestBody/content").toString())
        .isEqualTo(
            "{\"application/octet-stream\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}");
  }

  @Test
  void tokenFormIsDocumentedUnderTheFormMediaTypeOnly() throws IOException {
    JsonNode doc =
        compile(
            "package t;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/token\") public interface Api {",
            "  @POST @Consumes({\"application/x-www-form-urlencoded\", \"*/*\"})",
            "  javax.ws.rs.core.Response login(dev.gatehouse.runtime.token.TokenRequestForm form);",
            "}");

    JsonNode content = doc.at("/paths/~1token/post/requestBody/content");
    assertThat(content.fieldNames())
        .toIterable()
        .containsExactly("application/x-www-form-urlencoded");
    assertThat(content.at("/application~1x-www-form-urlencoded/schema/required").toString())
        .isEqualTo("[\"grant_type\",\"username\",\"password\"]");
  }

  private static JsonNode compile(String... lines) throws IOException {
    Compilation compilation =
        Sources.compile(
            List.of(),
            List.of(
                JavaFileObjects.forSourceLines("t.Api", lines),
                JavaFileObjects.forSourceLines(
                    "javax.ws.rs.core.Response",
                    "package javax.ws.rs.core;",
                    "public abstract class Response {}")));
    assertThat(compilation).succeeded();
    return new ObjectMapper()
        .readTree(Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow()));
  }
}
