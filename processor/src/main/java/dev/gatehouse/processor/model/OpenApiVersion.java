package dev.gatehouse.processor.model;

import java.util.Optional;

/** The OpenAPI versions the processor can write, chosen with {@code gatehouse.openapi.version}. */
public enum OpenApiVersion {
  V3_0_3("3.0.3"),
  V3_1_0("3.1.0"),
  V3_2_0("3.2.0");

  private final String text;

  OpenApiVersion(String text) {
    this.text = text;
  }

  /** The value of the document's {@code openapi} field. */
  public String text() {
    return text;
  }

  /** Whether role names may be listed for non-OAuth schemes (3.1 and later). */
  public boolean allowsRoles() {
    return this != V3_0_3;
  }

  /**
   * Whether Schema Objects are JSON Schema 2020-12 (3.1 and later): {@code "null"} as a type,
   * numeric {@code exclusiveMinimum}, siblings next to {@code $ref}; 3.0 has {@code nullable}.
   */
  public boolean jsonSchema2020() {
    return this != V3_0_3;
  }

  /** Whether 3.2's {@code deprecated}, {@code oauth2MetadataUrl} and device flow may be used. */
  public boolean is32() {
    return this == V3_2_0;
  }

  public static Optional<OpenApiVersion> parse(String text) {
    for (OpenApiVersion v : values()) {
      if (v.text.equals(text)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
