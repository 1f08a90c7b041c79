package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares any other HTTP authentication scheme, such as {@code HOBA} or {@code Mutual}: {@code
 * {"type": "http", "scheme": ...}}. The application's verifier receives the scheme word and the
 * credentials as sent.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(HttpScheme.List.class)
public @interface HttpScheme {
  /**
   * The scheme's {@code scheme}: an HTTP authentication scheme name (a token, ideally one
   * registered with IANA), matched case-insensitively at run time.
   */
  String scheme();

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "HTTPBase";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /** Holds repeated {@link HttpScheme} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    HttpScheme[] value();
  }
}
