package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares HTTP Digest authentication (RFC 7616): {@code {"type": "http", "scheme": "digest"}}.
 * Verification is opt-in at run time and uses SHA-256 only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(HttpDigest.List.class)
public @interface HttpDigest {
  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "HTTPDigest";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /** Holds repeated {@link HttpDigest} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    HttpDigest[] value();
  }
}
