package dev.gatehouse.processor.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Validates OpenAPI documents offline against the official OAS schemas and swagger-parser. */
public final class OpenApiValidation {

  /** The `$id` of the OAS 3.0 schema (2021-09-28 iteration, draft-04). */
  public static final String OAS_30_SCHEMA = "https://spec.openapis.org/oas/3.0/schema/2021-09-28";

  /** The `$id` of the OAS 3.1 schema without Schema Object validation (2022-10-07 iteration). */
  public static final String OAS_31_SCHEMA = "https://spec.openapis.org/oas/3.1/schema/2022-10-07";

  /**
   * The `$id` of the OAS 3.1 schema that also validates Schema Objects against the OAS dialect; it
   * `$ref`s {@link #OAS_31_SCHEMA}, so validating against it covers both.
   */
  public static final String OAS_31_SCHEMA_BASE =
      "https://spec.openapis.org/oas/3.1/schema-base/2022-10-07";

  /** The `$id` of the OAS 3.2 schema without Schema Object validation (2025-11-23 iteration). */
  public static final String OAS_32_SCHEMA = "https://spec.openapis.org/oas/3.2/schema/2025-11-23";

  /**
   * Every schema IRI the vendored schemas use, mapped to its classpath resource. The JSON Schema
   * meta-schemas (draft-04, draft 2020-12 and its vocabularies) are not listed: networknt bundles
   * them and resolves them from its own jar before consulting any resource loader.
   */
  private static final Map<String, String> RESOURCES =
      Map.of(
          OAS_30_SCHEMA,
          "/schemas/v3.0/schema.json",
          OAS_31_SCHEMA,
          "/schemas/v3.1/schema.json",
          OAS_31_SCHEMA_BASE,
          "/schemas/v3.1/schema-base.json",
          "https://spec.openapis.org/oas/3.1/dialect/base",
          "/schemas/v3.1/dialect/base.schema.json",
          "https://spec.openapis.org/oas/3.1/meta/base",
          "/schemas/v3.1/meta/base.schema.json",
          OAS_32_SCHEMA,
          "/schemas/v3.2/schema.json");

  private static final Pattern OAS_30 = Pattern.compile("3\\.0\\.\\d+(-.+)?");
  private static final Pattern OAS_31 = Pattern.compile("3\\.1\\.\\d+(-.+)?");
  private static final Pattern OAS_32 = Pattern.compile("3\\.2\\.\\d+(-.+)?");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Immutable after class initialisation: the registry caches the schemas it loads. */
  private static final SchemaRegistry REGISTRY = newOfflineRegistry();

  private OpenApiValidation() {}

  /**
   * Validates {@code json} against the official schema chosen by its {@code openapi} field (3.0.x,
   * 3.1.x or 3.2.x) and returns the validator's messages; an empty list means valid.
   */
  public static List<String> schemaMessages(String json) {
    String version = openapiVersion(json);
    String schemaId;
    if (version != null && OAS_30.matcher(version).matches()) {
      schemaId = OAS_30_SCHEMA;
    } else if (version != null && OAS_31.matcher(version).matches()) {
      schemaId = OAS_31_SCHEMA_BASE;
    } else if (version != null && OAS_32.matcher(version).matches()) {
      schemaId = OAS_32_SCHEMA;
    } else {
      return List.of(
          "unsupported OpenAPI version: openapi="
              + (version == null ? "<missing or not a string>" : "'" + version + "'")
              + " (expected 3.0.x, 3.1.x or 3.2.x)");
    }
    return schemaMessages(json, schemaId);
  }

  /**
   * Validates {@code json} against the vendored schema with the given {@code $id} (one of the
   * {@code OAS_*} constants) and returns the validator's messages; an empty list means valid.
   */
  public static List<String> schemaMessages(String json, String schemaId) {
    if (!RESOURCES.containsKey(schemaId)) {
      throw new IllegalArgumentException("no vendored schema with $id " + schemaId);
    }
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaId));
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /**
   * Parses {@code json} with swagger-parser (without resolving references) and returns its
   * messages; an empty list means it found nothing wrong.
   *
   * <p>swagger-parser 2.1.x does not know OpenAPI 3.2: for such a document (or any version it does
   * not recognise) it silently returns no model and no messages. This method turns that silence
   * into one message, so a caller cannot mistake "not parsed at all" for "valid".
   */
  public static List<String> swaggerParserMessages(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null && messages.isEmpty()) {
      return List.of(
          "swagger-parser produced no OpenAPI model and no messages (unsupported version? openapi="
              + openapiVersion(json)
              + ")");
    }
    return List.copyOf(messages);
  }

  private static String openapiVersion(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode openapi = root == null ? null : root.get("openapi");
    return openapi != null && openapi.isTextual() ? openapi.asText() : null;
  }

  private static SchemaRegistry newOfflineRegistry() {
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        registry ->
            registry
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ROOT).build())
                .schemaLoader(
                    loader ->
                        loader
                            .fetchRemoteResources(false)
                            .resourceLoaders(
                                loaders ->
                                    loaders.values(
                                        list -> {
                                          list.clear();
                                          list.add(OpenApiValidation::classpathOnly);
                                        }))));
  }

  /** Serves only the vendored schemas; any other IRI would mean a network fetch, which is a bug. */
  static InputStreamSource classpathOnly(AbsoluteIri iri) {
    String key = iri.toString();
    if (key.endsWith("#")) {
      key = key.substring(0, key.length() - 1);
    }
    String resource = RESOURCES.get(key);
    if (resource == null) {
      throw new IllegalStateException(
          "schema "
              + iri
              + " is not vendored under src/test/resources/schemas;"
              + " OpenApiValidation never fetches schemas over the network");
    }
    return () -> {
      InputStream in = OpenApiValidation.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource + " for " + iri);
      }
      return in;
    };
  }
}
