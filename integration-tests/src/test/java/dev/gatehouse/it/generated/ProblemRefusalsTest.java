package dev.gatehouse.it.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service compiled with {@code -Agatehouse.refusals=problem}, served on Jersey, Jetty's Servlet
 * filter and the JDK {@code HttpServer}: its document declares RFC 9457 problem bodies for 401 and
 * 403, and every refusal of every adapter is such a body, of that media type, valid against the
 * schema the served document declares for that operation and status, with the challenge headers
 * unchanged.
 */
class ProblemRefusalsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API =
      InterfaceGenerator.header()
          + "@Path(\"/problem\")\n"
          + "public interface ProblemApi {\n"
          + "  @GET @Path(\"items\")\n"
          + "  @SecurityRequirement(value = \"OAuth2PasswordBearer\", scopes = \"write\")\n"
          + "  String items();\n"
          + "  @GET @Path(\"key\")\n"
          + "  @SecurityRequirement(\"KeyA\")\n"
          + "  String key();\n"
          + "}\n";
  private static final String RESOURCE =
      "package "
          + InterfaceGenerator.PACKAGE
          + ";\n\n"
          + "public class ProblemApiResource implements ProblemApi {\n"
          + "  public String items() { return \"items\"; }\n"
          + "  public String key() { return \"key\"; }\n"
          + "}\n";

  @TempDir static Path work;
  private static GeneratedService service;
  private static JsonNode document;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    String pkg = InterfaceGenerator.PACKAGE + ".";
    service =
        GeneratedService.start(
            Map.of(
                pkg + "Schemes", InterfaceGenerator.schemesSource(),
                pkg + "ProblemApi", API,
                pkg + "ProblemApiResource", RESOURCE),
            work,
            List.of("-Agatehouse.refusals=problem"));
    document =
        JSON.readTree(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(service.document()).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
  }

  @AfterAll
  static void stop() throws Exception {
    service.close();
  }

  @Test
  void theDocumentDeclaresProblemBodiesForEveryRefusal() {
    // An operation without scopes cannot be refused for scopes, so it declares no 403.
    Map<String, List<Integer>> refusals =
        Map.of("/problem/items", List.of(401, 403), "/problem/key", List.of(401));
    refusals.forEach(
        (path, statuses) -> {
          for (int status : statuses) {
            JsonNode content = response(path, status).path("content");
            assertThat(content.has("application/problem+json")).as(path + " " + status).isTrue();
            assertThat(content.has("application/json")).as(path + " " + status).isFalse();
          }
        });
    assertThat(document.at("/paths/~1problem~1key/get/responses").has("403")).isFalse();
  }

  @Test
  void missingInvalidAndUnderScopedCredentialsGetProblemBodiesOnEveryAdapter() throws Exception {
    for (Map.Entry<String, URI> adapter : service.adapters().entrySet()) {
      String on = " on " + adapter.getKey();
      JsonNode missing = refused(adapter.getValue(), "/problem/items", null, 401, on);
      assertThat(missing.get("detail").asText()).as(on).startsWith("Not authenticated");
      assertThat(missing.get("reason").asText()).as(on).isEqualTo("not_authenticated");

      JsonNode invalid = refused(adapter.getValue(), "/problem/items", "Bearer forged", 401, on);
      assertThat(invalid.get("detail").asText())
          .as(on)
          .startsWith("Invalid authentication credentials");

      JsonNode scope = refused(adapter.getValue(), "/problem/items", "Bearer jwt-a", 403, on);
      assertThat(scope.get("title").asText()).as(on).isEqualTo("Forbidden");
      assertThat(scope.get("detail").asText()).as(on).startsWith("Not enough permissions");

      refused(adapter.getValue(), "/problem/key", null, 401, on);
    }
  }

  @Test
  void anAllowedRequestIsUntouched() throws Exception {
    for (Map.Entry<String, URI> adapter : service.adapters().entrySet()) {
      HttpResponse<String> ok =
          client.send(
              HttpRequest.newBuilder(adapter.getValue().resolve("/problem/items"))
                  .header("Authorization", "Bearer jwt-rw")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).as(adapter.getKey()).isEqualTo(200);
    }
  }

  /** Sends, asserts a problem refusal valid against the document, and returns its body. */
  private JsonNode refused(URI base, String path, String authorization, int status, String on)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + on).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .as(path + on)
        .startsWith("application/problem+json");
    assertThat(response.headers().allValues("WWW-Authenticate")).as(path + on).isNotEmpty();
    assertThat(response.headers().firstValue("Cache-Control")).as(path + on).contains("no-store");
    List<Error> errors = schemaOf(path, status).validate(response.body(), InputFormat.JSON);
    assertThat(errors).as("%s%s: %s against the document", path, on, response.body()).isEmpty();
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).as(path + on).isEqualTo(status);
    assertThat(body.get("type").asText()).as(path + on).isEqualTo("about:blank");
    return body;
  }

  /**
   * The served document's response object for {@code path}'s {@code status}, {@code $ref} followed.
   */
  private static JsonNode response(String path, int status) {
    JsonNode response =
        document.at("/paths/" + path.replace("/", "~1") + "/get/responses/" + status);
    while (response.has("$ref")) {
      response = document.at(response.get("$ref").asText().substring(1));
    }
    assertThat(response.isMissingNode()).as("%s %s response", path, status).isFalse();
    return response;
  }

  /**
   * The schema the served document declares for {@code path}'s {@code status} problem body, with
   * its {@code $ref}s to {@code components} resolved against the document itself.
   */
  private static Schema schemaOf(String path, int status) throws Exception {
    JsonNode schema = response(path, status).at("/content/application~1problem+json/schema");
    assertThat(schema.isMissingNode()).as("%s %s schema", path, status).isFalse();
    com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", document.get("components"));
    root.set("allOf", JSON.createArrayNode().add(schema));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.writeValueAsString(root));
  }
}
