package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API key sent in a request header: {@code {"type": "apiKey", "in": "header", "name":
 * ...}}. Header names are matched case-insensitively at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(ApiKeyHeader.List.class)
public @interface ApiKeyHeader {
  /**
   * The header that carries the key (an HTTP token, e.g. {@code X-API-Key}); becomes the scheme's
   * {@code name}.
   */
  String name();

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "APIKeyHeader";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /** Holds repeated {@link ApiKeyHeader} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    ApiKeyHeader[] value();
  }
}
