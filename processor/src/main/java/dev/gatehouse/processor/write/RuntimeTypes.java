package dev.gatehouse.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The runtime types generated code refers to, by name: the processor does not depend on the
 * runtime, and the runtime is needed only where generated code compiles.
 */
final class RuntimeTypes {
  static final String RUNTIME = "dev.gatehouse.runtime";
  static final String INTERNAL = RUNTIME + ".internal";

  static final ClassName REQUEST_VIEW = ClassName.get(RUNTIME, "RequestView");
  static final ClassName EXTRACTION = ClassName.get(RUNTIME, "Extraction");
  static final ClassName CREDENTIAL_EXTRACTOR = ClassName.get(RUNTIME, "CredentialExtractor");
  static final ClassName EXTRACTORS = ClassName.get(INTERNAL, "Extractors");
  static final ClassName SCHEME_DEFINITION = ClassName.get(INTERNAL, "SchemeDefinition");
  static final ClassName SCHEME_KIND = ClassName.get(INTERNAL, "SchemeKind");
  static final ClassName GENERATED_SCHEME = ClassName.get(INTERNAL, "GeneratedScheme");
  static final ClassName GENERATED_ENDPOINT = ClassName.get(INTERNAL, "GeneratedEndpoint");
  static final ClassName OPERATION_SECURITY = ClassName.get(INTERNAL, "OperationSecurity");
  static final ClassName SCHEME_REQUIREMENT = ClassName.get(INTERNAL, "SchemeRequirement");
  static final ClassName OPERATION_TABLE = ClassName.get(INTERNAL, "OperationTable");

  private static final String PROCESSOR = "dev.gatehouse.processor.SecurityProcessor";

  /** {@code gatehouse-processor <version>}, the version from the filtered resource next to us. */
  static final String PRODUCT = "gatehouse-processor" + version().map(v -> " " + v).orElse("");

  private RuntimeTypes() {}

  /** {@code @Generated} naming the processor class and its version, without a date. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", PROCESSOR)
        .addMember("comments", "$S", PRODUCT)
        .build();
  }

  /**
   * The version Maven wrote into {@code processor.properties}; empty when the resource is missing
   * or unfiltered (a build outside Maven), which is no reason to fail a user's compilation.
   */
  private static Optional<String> version() {
    try (InputStream in = RuntimeTypes.class.getResourceAsStream("processor.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      return version.isEmpty() || version.contains("${") ? Optional.empty() : Optional.of(version);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
