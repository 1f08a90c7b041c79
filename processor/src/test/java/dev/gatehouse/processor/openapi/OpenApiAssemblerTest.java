package dev.gatehouse.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.SuccessResponse;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The assembler on hand-built models, without a compiler. */
class OpenApiAssemblerTest {
  private static final ApiKeyScheme KEY =
      new ApiKeyScheme("Key", "", true, ApiKeyScheme.ApiKeyLocation.HEADER, "X-Key", null);

  @Test
  void sortsPathsAndMethodsAndDisambiguatesOperationIds() {
    EndpointInterface a =
        endpoint(
            "A",
            op("GET", "/z", "list", SecurityPolicy.UNDECLARED),
            op("POST", "/a", "list", SecurityPolicy.PUBLIC));
    EndpointInterface b =
        endpoint(
            "B",
            op("DELETE", "/a", "remove", SecurityPolicy.UNDECLARED),
            op("GET", "/a", "get", SecurityPolicy.UNDECLARED));

    JsonNode doc = assemble(OpenApiVersion.V3_1_0, List.of(b, a), new TreeMap<>());

    assertThat(doc.get("paths").fieldNames()).toIterable().containsExactly("/a", "/z");
    assertThat(doc.at("/paths/~1a").fieldNames())
        .toIterable()
        .containsExactly("get", "post", "delete");
    assertThat(doc.at("/paths/~1a/post/operationId").asText()).isEqualTo("A_list_1");
    assertThat(doc.at("/paths/~1z/get/operationId").asText()).isEqualTo("A_list_2");
    assertThat(doc.at("/paths/~1a/post/security").isArray()).isTrue();
    assertThat(doc.at("/paths/~1a/post/security")).isEmpty();
    assertThat(doc.at("/paths/~1z/get").has("security")).isFalse();
    assertThat(doc.has("components")).isFalse();
  }

  @Test
  void optionalAddsAnEmptyRequirementAndSecuredOperationsDocumentRefusals() {
    SecurityPolicy policy =
        new SecurityPolicy(
            SecurityPolicy.Mode.REQUIRED,
            List.of(
                new RequirementAlternative(
                    List.of(new SchemeUse("Key", List.of("r1"), null)), null)),
            true);
    SortedMap<String, SecurityScheme> schemes = new TreeMap<>();
    schemes.put("Key", KEY);

    JsonNode doc =
        assemble(
            OpenApiVersion.V3_1_0, List.of(endpoint("A", op("GET", "/", "get", policy))), schemes);

    assertThat(doc.at("/paths/~1/get/security").toString()).isEqualTo("[{\"Key\":[\"r1\"]},{}]");
    assertThat(doc.at("/paths/~1/get/responses/401/$ref").asText())
        .isEqualTo("#/components/responses/GatehouseUnauthorized");
    assertThat(doc.at("/paths/~1/get/responses/403/$ref").asText())
        .isEqualTo("#/components/responses/GatehouseForbidden");
    assertThat(doc.at("/components/schemas/GatehouseError/required/0").asText())
        .isEqualTo("detail");
  }

  @Test
  void deprecatedSchemesAreMarkedOnlyIn32() {
    SortedMap<String, SecurityScheme> schemes = new TreeMap<>();
    schemes.put("Key", KEY);

    assertThat(
            assemble(OpenApiVersion.V3_2_0, List.of(), schemes)
                .at("/components/securitySchemes/Key/deprecated")
                .asBoolean())
        .isTrue();
    assertThat(
            assemble(OpenApiVersion.V3_1_0, List.of(), schemes)
                .at("/components/securitySchemes/Key")
                .has("deprecated"))
        .isFalse();
  }

  private static JsonNode assemble(
      OpenApiVersion version,
      List<EndpointInterface> endpoints,
      SortedMap<String, SecurityScheme> schemes) {
    DocumentSettings settings =
        new DocumentSettings(
            "META-INF/openapi.json", version, "T", "1", "", List.of(), "", "", List.of());
    byte[] written =
        new OpenApiWriter().write(new OpenApiAssembler(settings).assemble(endpoints, schemes));
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(written);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static EndpointInterface endpoint(String name, Operation... operations) {
    return new EndpointInterface("p." + name, name, "", List.of(operations), null);
  }

  private static Operation op(
      String method, String path, String javaMethod, SecurityPolicy policy) {
    return new Operation(
        method,
        path,
        javaMethod,
        javaMethod + "()",
        "p.X",
        List.of(),
        List.of(),
        List.of(),
        null,
        new SuccessResponse(200, null, ""),
        "",
        "",
        false,
        policy,
        null);
  }
}
