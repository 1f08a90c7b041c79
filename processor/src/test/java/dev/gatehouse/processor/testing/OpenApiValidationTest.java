package dev.gatehouse.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.AbsoluteIri;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves that {@link OpenApiValidation} accepts valid documents and rejects broken ones. */
class OpenApiValidationTest {

  private static final String VALID_SCHEMES =
      """
      {
        "basic": {"type": "http", "scheme": "basic"},
        "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
        "key": {"type": "apiKey", "name": "X-Api-Key", "in": "header"},
        "oauth": {
          "type": "oauth2",
          "flows": {
            "clientCredentials": {
              "tokenUrl": "https://example.com/token",
              "scopes": {"read": "Read access"}
            }
          }
        },
        "oidc": {
          "type": "openIdConnect",
          "openIdConnectUrl": "https://example.com/.well-known/openid-configuration"
        }
      }
      """;

  private static final String DEVICE_FLOW =
      """
      {
        "type": "oauth2",
        "flows": {
          "deviceAuthorization": {
            "deviceAuthorizationUrl": "https://example.com/device",
            "tokenUrl": "https://example.com/token",
            "scopes": {}
          }
        }
      }
      """;

  /** A document with the given {@code openapi} version and {@code components.securitySchemes}. */
  private static String document(String version, String securitySchemes) {
    return """
        {
          "openapi": "%s",
          "info": {"title": "Test API", "version": "1.0.0"},
          "paths": {
            "/things": {
              "get": {
                "security": [{"basic": []}],
                "responses": {"200": {"description": "OK"}}
              }
            }
          },
          "components": {"securitySchemes": %s}
        }
        """
        .formatted(version, securitySchemes);
  }

  private static String scheme(String json) {
    return "{\"basic\": " + json + "}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1", "3.2.0"})
  void validDocumentHasNoSchemaMessages(String version) {
    assertThat(OpenApiValidation.schemaMessages(document(version, VALID_SCHEMES))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1", "3.2.0"})
  void httpSchemeWithApiKeyFieldIsRejected(String version) {
    List<String> messages =
        OpenApiValidation.schemaMessages(
            document(
                version, scheme("{\"type\": \"http\", \"scheme\": \"basic\", \"name\": \"x\"}")));

    // 3.0: additionalProperties false on HTTPSecurityScheme; 3.1/3.2: unevaluatedProperties false.
    assertThat(messages)
        .isNotEmpty()
        .anyMatch(m -> m.contains("/components/securitySchemes/basic") && m.contains("'name'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1", "3.2.0"})
  void basicSchemeWithBearerFormatIsRejected(String version) {
    List<String> messages =
        OpenApiValidation.schemaMessages(
            document(
                version,
                scheme("{\"type\": \"http\", \"scheme\": \"basic\", \"bearerFormat\": \"JWT\"}")));

    assertThat(messages).anyMatch(m -> m.contains("bearerFormat"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1", "3.2.0"})
  void apiKeyWithoutInIsRejected(String version) {
    List<String> messages =
        OpenApiValidation.schemaMessages(
            document(version, scheme("{\"type\": \"apiKey\", \"name\": \"X-Api-Key\"}")));

    assertThat(messages).anyMatch(m -> m.contains("required property 'in' not found"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1", "3.2.0"})
  void oauth2WithoutFlowsIsRejected(String version) {
    List<String> messages =
        OpenApiValidation.schemaMessages(document(version, scheme("{\"type\": \"oauth2\"}")));

    assertThat(messages).anyMatch(m -> m.contains("required property 'flows' not found"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1", "3.2.0"})
  void missingInfoVersionIsRejected(String version) {
    String json = document(version, VALID_SCHEMES).replace(", \"version\": \"1.0.0\"", "");

    assertThat(OpenApiValidation.schemaMessages(json))
        .containsExactly("/info: required property 'version' not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1"})
  void deprecatedSecuritySchemeIsRejectedBefore32(String version) {
    List<String> messages =
        OpenApiValidation.schemaMessages(
            document(
                version,
                scheme("{\"type\": \"http\", \"scheme\": \"basic\", \"deprecated\": true}")));

    assertThat(messages).anyMatch(m -> m.contains("'deprecated'"));
  }

  @Test
  void deprecatedSecuritySchemeIsAcceptedIn32() {
    String json =
        document(
            "3.2.0", scheme("{\"type\": \"http\", \"scheme\": \"basic\", \"deprecated\": true}"));

    assertThat(OpenApiValidation.schemaMessages(json)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1"})
  void deviceAuthorizationFlowIsRejectedBefore32(String version) {
    List<String> messages =
        OpenApiValidation.schemaMessages(document(version, scheme(DEVICE_FLOW)));

    assertThat(messages).anyMatch(m -> m.contains("'deviceAuthorization'"));
  }

  @Test
  void deviceAuthorizationFlowIsAcceptedIn32() {
    assertThat(OpenApiValidation.schemaMessages(document("3.2.0", scheme(DEVICE_FLOW)))).isEmpty();
  }

  @Test
  void deviceAuthorizationFlowWithoutDeviceUrlIsRejectedIn32() {
    String flow =
        DEVICE_FLOW.replace("\"deviceAuthorizationUrl\": \"https://example.com/device\",", "");

    assertThat(OpenApiValidation.schemaMessages(document("3.2.0", scheme(flow))))
        .anyMatch(m -> m.contains("required property 'deviceAuthorizationUrl' not found"));
  }

  @Test
  void schemaObjectsAreValidatedWithTheOasDialectFor31() {
    String json =
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "Test API", "version": "1.0.0"},
          "components": {"schemas": {"Thing": {"type": "object", "discriminator": {}}}}
        }
        """;

    // schema.json leaves Schema Objects alone; schema-base.json applies the OAS 3.1 dialect.
    assertThat(OpenApiValidation.schemaMessages(json, OpenApiValidation.OAS_31_SCHEMA)).isEmpty();
    assertThat(OpenApiValidation.schemaMessages(json))
        .containsExactly(
            "/components/schemas/Thing/discriminator: required property 'propertyName' not found");
  }

  @Test
  void unknownVersionGivesOneMessage() {
    assertThat(OpenApiValidation.schemaMessages("{\"swagger\": \"2.0\"}"))
        .singleElement()
        .asString()
        .contains("unsupported OpenAPI version");
    assertThat(OpenApiValidation.schemaMessages(document("3.3.0", VALID_SCHEMES)))
        .singleElement()
        .asString()
        .contains("'3.3.0'");
  }

  @Test
  void unvendoredSchemaIsNeverFetched() {
    assertThatThrownBy(
            () -> OpenApiValidation.classpathOnly(AbsoluteIri.of("https://example.com/schema")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never fetches");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1"})
  void swaggerParserAcceptsValidDocument(String version) {
    assertThat(OpenApiValidation.swaggerParserMessages(document(version, VALID_SCHEMES))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.1"})
  void swaggerParserReportsBrokenDocument(String version) {
    String json =
        document(version, scheme("{\"type\": \"apiKey\", \"name\": \"X-Api-Key\"}"))
            .replace(", \"version\": \"1.0.0\"", "");

    assertThat(OpenApiValidation.swaggerParserMessages(json))
        .contains(
            "attribute info.version is missing",
            "attribute components.securitySchemes.basic.in is missing");
  }

  @Test
  void swaggerParserSilenceOn32IsReported() {
    assertThat(OpenApiValidation.swaggerParserMessages(document("3.2.0", VALID_SCHEMES)))
        .singleElement()
        .asString()
        .contains("no OpenAPI model");
  }
}
