package dev.gatehouse.example;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates an OpenAPI 3.1 document offline against the official OAS 3.1 JSON Schema ({@code
 * schema-base}, which also checks every Schema Object against the OAS 3.1 dialect). A trimmed copy
 * of the processor's {@code OpenApiValidation}: the schemas are the vendored files under {@code
 * src/test/resources/schemas/v3.1} and nothing is ever fetched over the network.
 */
final class OpenApiSchemaValidator {

  /** The `$id` of the OAS 3.1 schema without Schema Object validation (2022-10-07 iteration). */
  static final String OAS_31_SCHEMA = "https://spec.openapis.org/oas/3.1/schema/2022-10-07";

  /**
   * The `$id` of the OAS 3.1 schema that `$ref`s {@link #OAS_31_SCHEMA} and checks Schema Objects.
   */
  static final String OAS_31_SCHEMA_BASE =
      "https://spec.openapis.org/oas/3.1/schema-base/2022-10-07";

  /**
   * Every schema IRI the vendored 3.1 schemas use, mapped to its class-path resource. The draft
   * 2020-12 meta-schemas come bundled in networknt's jar and are resolved from there.
   */
  static final Map<String, String> RESOURCES =
      Map.of(
          OAS_31_SCHEMA,
          "/schemas/v3.1/schema.json",
          OAS_31_SCHEMA_BASE,
          "/schemas/v3.1/schema-base.json",
          "https://spec.openapis.org/oas/3.1/dialect/base",
          "/schemas/v3.1/dialect/base.schema.json",
          "https://spec.openapis.org/oas/3.1/meta/base",
          "/schemas/v3.1/meta/base.schema.json");

  /** Immutable after class initialisation: the registry caches the schemas it loads. */
  private static final SchemaRegistry REGISTRY = newOfflineRegistry();

  private OpenApiSchemaValidator() {}

  /** The validator's messages for {@code json} against the OAS 3.1 schema; empty means valid. */
  static List<String> messages(String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(OAS_31_SCHEMA_BASE));
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
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
                                          list.add(OpenApiSchemaValidator::classpathOnly);
                                        }))));
  }

  /** Serves only the vendored schemas; any other IRI would mean a network fetch, which is a bug. */
  private static InputStreamSource classpathOnly(AbsoluteIri iri) {
    String key = iri.toString();
    if (key.endsWith("#")) {
      key = key.substring(0, key.length() - 1);
    }
    String resource = RESOURCES.get(key);
    if (resource == null) {
      throw new IllegalStateException(
          "schema "
              + iri
              + " is not vendored under src/test/resources/schemas/v3.1;"
              + " the validator never fetches schemas over the network");
    }
    return () -> {
      InputStream in = OpenApiSchemaValidator.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource + " for " + iri);
      }
      return in;
    };
  }
}
