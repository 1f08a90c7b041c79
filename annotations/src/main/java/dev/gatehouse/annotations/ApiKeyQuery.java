package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API key sent as a query parameter: {@code {"type": "apiKey", "in": "query", "name":
 * ...}}. Keys in URLs end up in logs and browser history, so the processor warns ({@code
 * [SecApiKeyInQuery]}) unless the warning is suppressed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(ApiKeyQuery.List.class)
public @interface ApiKeyQuery {
  /** The query parameter that carries the key; becomes the scheme's {@code name}. */
  String name();

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "APIKeyQuery";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /** Holds repeated {@link ApiKeyQuery} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    ApiKeyQuery[] value();
  }
}
