package dev.gatehouse.it.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decided rules of issue 14 (docs/enforcement.md), one test per rule, on Jersey, the Servlet
 * filter and the JDK {@code HttpServer}: one credential read by several schemes (two bearer, two
 * Basic, two API-key schemes on one header), a 403 that names every short alternative whatever the
 * declaration order, and {@code @OptionalSecurity} refusing a verified caller short of scopes.
 */
class ContractEdgesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REALM = GeneratedService.TITLE;
  private static final String KEY_AUDIT =
      "APIKey realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"audit\"";
  private static final String BEARER_WRITE =
      "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"write\"";

  private static final String EDGES =
      InterfaceGenerator.header()
          + "@Path(\"/edges\")\n"
          + "public interface EdgesApi {\n"
          + "  @GET @Path(\"bearers\")\n"
          + "  @SecurityRequirement(\"HTTPBearer\") @SecurityRequirement(\"OAuth2PasswordBearer\")\n"
          + "  String bearers();\n"
          + "  @GET @Path(\"basics\")\n"
          + "  @SecurityRequirement(\"HTTPBasic\") @SecurityRequirement(\"AdminBasic\")\n"
          + "  String basics();\n"
          + "  @GET @Path(\"keys\")\n"
          + "  @SecurityRequirement(\"KeyA\") @SecurityRequirement(\"KeyB\")\n"
          + "  String keys();\n"
          + "  @GET @Path(\"key-first\")\n"
          + "  @SecurityRequirement(value = \"KeyA\", scopes = \"audit\")\n"
          + "  @SecurityRequirement(value = \"OAuth2PasswordBearer\", scopes = \"write\")\n"
          + "  String keyFirst();\n"
          + "  @GET @Path(\"token-first\")\n"
          + "  @SecurityRequirement(value = \"OAuth2PasswordBearer\", scopes = \"write\")\n"
          + "  @SecurityRequirement(value = \"KeyA\", scopes = \"audit\")\n"
          + "  String tokenFirst();\n"
          + "  @GET @Path(\"optional-admin\")\n"
          + "  @SecurityRequirement(value = \"OAuth2PasswordBearer\", scopes = \"admin\")\n"
          + "  @OptionalSecurity\n"
          + "  String optionalAdmin();\n"
          + "}\n";

  private static final String RESOURCE =
      "package gen;\n\npublic class EdgesApiResource implements EdgesApi {\n"
          + "  @Override public String bearers() { return \"ok\"; }\n"
          + "  @Override public String basics() { return \"ok\"; }\n"
          + "  @Override public String keys() { return \"ok\"; }\n"
          + "  @Override public String keyFirst() { return \"ok\"; }\n"
          + "  @Override public String tokenFirst() { return \"ok\"; }\n"
          + "  @Override public String optionalAdmin() { return \"ok\"; }\n"
          + "}\n";

  private static GeneratedService service;
  @TempDir static Path work;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("gen.Schemes", InterfaceGenerator.schemesSource());
    sources.put("gen.EdgesApi", EDGES);
    sources.put("gen.EdgesApiResource", RESOURCE);
    service = GeneratedService.start(sources, work);
  }

  @AfterAll
  static void stop() throws IOException {
    if (service != null) {
      service.close();
    }
  }

  static Stream<String> adapters() {
    return Stream.of("jersey", "servlet", "jdk-http");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aTokenValidForEitherBearerSchemeIsLetInAndOneBothRejectIsInvalid(String adapter)
      throws Exception {
    assertThat(get(adapter, "/edges/bearers", "Authorization", "Bearer opaque-r").statusCode())
        .isEqualTo(200);
    assertThat(get(adapter, "/edges/bearers", "Authorization", "Bearer jwt-rw").statusCode())
        .isEqualTo(200);
    assertRefused(
        get(adapter, "/edges/bearers", "Authorization", "Bearer forged"),
        401,
        "Invalid authentication credentials",
        "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void basicCredentialsValidForEitherBasicSchemeAreLetIn(String adapter) throws Exception {
    assertThat(
            get(adapter, "/edges/basics", "Authorization", basic("admin", "secret")).statusCode())
        .isEqualTo(200);
    assertThat(get(adapter, "/edges/basics", "Authorization", basic("user", "pass")).statusCode())
        .isEqualTo(200);
    assertRefused(
        get(adapter, "/edges/basics", "Authorization", basic("nobody", "x")),
        401,
        "Invalid authentication credentials",
        "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void anApiKeyValidForEitherSchemeOfItsHeaderIsLetIn(String adapter) throws Exception {
    assertThat(get(adapter, "/edges/keys", "X-Key", "key-a").statusCode()).isEqualTo(200);
    assertThat(get(adapter, "/edges/keys", "X-Key", "key-b").statusCode()).isEqualTo(200);
    assertRefused(
        get(adapter, "/edges/keys", "X-Key", "wrong"),
        401,
        "Invalid authentication credentials",
        "APIKey realm=\"" + REALM + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void a403NamesEveryShortAlternativeWhateverTheDeclarationOrder(String adapter) throws Exception {
    for (String path : List.of("/edges/key-first", "/edges/token-first")) {
      assertRefused(
          get(adapter, path, "X-Key", "key-ab", "Authorization", "Bearer jwt-a"),
          403,
          "Not enough permissions; missing scopes: audit write",
          KEY_AUDIT,
          BEARER_WRITE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void optionalSecurityRefusesAVerifiedCallerLackingScopes(String adapter) throws Exception {
    assertThat(get(adapter, "/edges/optional-admin").statusCode()).isEqualTo(200);
    assertRefused(
        get(adapter, "/edges/optional-admin", "Authorization", "Bearer jwt-rw"),
        403,
        "Not enough permissions; missing scopes: admin",
        "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"admin\"");
    assertRefused(
        get(adapter, "/edges/optional-admin", "Authorization", "Bearer forged"),
        401,
        "Invalid authentication credentials",
        "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
  }

  @Test
  void theDocumentStatesTheOptionalRuleOnTheOptionalOperationOnly() throws Exception {
    JsonNode paths = JSON.readTree(send(service.document(), new String[0]).body()).path("paths");
    assertThat(
            paths
                .path("/edges/optional-admin")
                .path("get")
                .path("x-gatehouse-optional-security")
                .asText())
        .startsWith("Anonymous callers are let in only when they send no credential");
    assertThat(paths.path("/edges/bearers").path("get").has("x-gatehouse-optional-security"))
        .isFalse();
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, String detail, String... challenges)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(challenges);
    dev.gatehouse.it.Details.assertDetailBody(response.body(), detail);
  }

  private static HttpResponse<String> get(String adapter, String path, String... headers)
      throws Exception {
    return send(service.adapters().get(adapter).resolve(path), headers);
  }

  private static HttpResponse<String> send(URI uri, String[] headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
