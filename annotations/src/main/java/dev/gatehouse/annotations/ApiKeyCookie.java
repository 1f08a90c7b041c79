package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API key sent in a cookie: {@code {"type": "apiKey", "in": "cookie", "name": ...}}.
 * Cookie values are taken as sent: one pair of double quotes is removed, nothing is decoded.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(ApiKeyCookie.List.class)
public @interface ApiKeyCookie {
  /** The cookie that carries the key (an HTTP token); becomes the scheme's {@code name}. */
  String name();

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "APIKeyCookie";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /** Holds repeated {@link ApiKeyCookie} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    ApiKeyCookie[] value();
  }
}
