package dev.gatehouse.it.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Jersey, {@code @Context Caller} works as a resource method parameter (declared on the endpoint
 * interface, where the processor knows it is no request body): the caller of an AND set with both
 * principals and the required scopes, the anonymous caller of a public operation, and a refusal
 * before the resource is ever reached. A guarded resource with a {@code Caller} field does not
 * start.
 */
class JerseyContextCallerTest {
  private static final String API =
      InterfaceGenerator.header()
          + "import jakarta.ws.rs.core.Context;\n"
          + "import dev.gatehouse.runtime.Caller;\n\n"
          + "@Path(\"/ctx\")\n"
          + "public interface CallerApi {\n"
          + "  @GET @Path(\"both\")\n"
          + "  @SecurityRequirementsSet({@SecurityRequirement(\"KeyA\"),"
          + " @SecurityRequirement(value = \"OAuth2PasswordBearer\", scopes = \"read\")})\n"
          + "  String both(@Context Caller caller);\n"
          + "  @GET @Path(\"one\")\n"
          + "  @SecurityRequirement(\"KeyA\")\n"
          + "  String one(@Context Caller caller);\n"
          + "  @GET @Path(\"open\")\n"
          + "  @Public\n"
          + "  String open(@Context Caller caller);\n"
          + "}\n";
  private static final String FIELD_API =
      InterfaceGenerator.header()
          + "@Path(\"/field\")\n"
          + "public interface FieldApi {\n"
          + "  @GET @Path(\"guarded\") @SecurityRequirement(\"KeyA\") String guarded();\n"
          + "}\n";
  private static final String FIELD_RESOURCE =
      "package "
          + InterfaceGenerator.PACKAGE
          + ";\n\n"
          + "import dev.gatehouse.runtime.Caller;\n"
          + "import jakarta.ws.rs.core.Context;\n\n"
          + "public class FieldApiResource implements FieldApi {\n"
          + "  @Context Caller injected;\n"
          + "  public String guarded() { return \"reached as \" + injected; }\n"
          + "}\n";
  private static final String RESOURCE =
      "package "
          + InterfaceGenerator.PACKAGE
          + ";\n\n"
          + "import dev.gatehouse.runtime.Authentication;\n"
          + "import dev.gatehouse.runtime.Caller;\n"
          + "import jakarta.ws.rs.core.Context;\n"
          + "import java.util.TreeSet;\n"
          + "import java.util.stream.Collectors;\n\n"
          + "public class CallerApiResource implements CallerApi {\n"
          + "  public String both(Caller caller) { return describe(caller); }\n"
          + "  public String one(Caller caller) { return describe(caller); }\n"
          + "  public String open(Caller caller) { return describe(caller); }\n"
          + "  static String describe(Caller c) {\n"
          + "    return c.isAnonymous() + \"|\" + String.join(\",\", c.schemes()) + \"|\"\n"
          + "        + c.authentications().stream().map(Authentication::name)"
          + ".collect(Collectors.joining(\",\")) + \"|\"\n"
          + "        + new TreeSet<>(c.requiredScopes()) + \"|\" + new TreeSet<>(c.scopes());\n"
          + "  }\n"
          + "}\n";

  @TempDir static Path work;
  private static GeneratedService service;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    String pkg = InterfaceGenerator.PACKAGE + ".";
    service =
        GeneratedService.start(
            Map.of(
                pkg + "Schemes", InterfaceGenerator.schemesSource(),
                pkg + "CallerApi", API,
                pkg + "CallerApiResource", RESOURCE),
            work);
  }

  @AfterAll
  static void stop() throws Exception {
    service.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    URI base = service.adapters().get("jersey");
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAndSetHandsTheParameterBothPrincipalsAndTheRequiredScopes() throws Exception {
    HttpResponse<String> r = get("/ctx/both", "X-Key", "key-a", "Authorization", "Bearer jwt-rw");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(
            "false|KeyA,OAuth2PasswordBearer|KeyA-user,OAuth2PasswordBearer-user|[read]"
                + "|[audit, read, write]");
  }

  @Test
  void eachRequestGetsItsOwnCaller() throws Exception {
    assertThat(get("/ctx/one", "X-Key", "key-a").body())
        .isEqualTo("false|KeyA|KeyA-user|[]|[audit]");
    assertThat(get("/ctx/one", "X-Key", "key-ab").body()).isEqualTo("false|KeyA|KeyA-user|[]|[]");
  }

  /**
   * Jersey makes a resource before the security filter decides, so a {@code Caller} field of a
   * guarded resource could only be anonymous: such a service does not start, with the fix named.
   */
  @Test
  void aGuardedResourceWithACallerFieldIsRefusedAtStartUp(@TempDir Path elsewhere) {
    String pkg = InterfaceGenerator.PACKAGE + ".";
    assertThatThrownBy(
            () ->
                GeneratedService.start(
                        Map.of(
                            pkg + "Schemes", InterfaceGenerator.schemesSource(),
                            pkg + "FieldApi", FIELD_API,
                            pkg + "FieldApiResource", FIELD_RESOURCE),
                        elsewhere)
                    .close())
        .hasStackTraceContaining("cannot inject the Caller into field FieldApiResource.injected")
        .hasStackTraceContaining("as a resource method parameter");
  }

  @Test
  void aPublicOperationGetsTheAnonymousCaller() throws Exception {
    HttpResponse<String> r = get("/ctx/open");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("true|||[]|[]");
  }

  @Test
  void aRefusedRequestNeverReachesTheResource() throws Exception {
    assertThat(get("/ctx/both", "X-Key", "key-a").statusCode()).isEqualTo(401);
    assertThat(get("/ctx/one", "X-Key", "nope").statusCode()).isEqualTo(401);
  }
}
