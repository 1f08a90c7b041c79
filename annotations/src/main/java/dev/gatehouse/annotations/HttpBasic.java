package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares HTTP Basic authentication (RFC 7617): {@code {"type": "http", "scheme": "basic"}}. At
 * run time a refusal carries {@code WWW-Authenticate: Basic realm="...", charset="UTF-8"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(HttpBasic.List.class)
public @interface HttpBasic {
  /**
   * The protection space sent in the {@code realm} parameter of the challenge. Not part of the
   * OpenAPI object. Must be printable ASCII without {@code "} or {@code \\}; empty means the
   * runtime's configured default realm.
   */
  String realm() default "";

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "HTTPBasic";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /** Holds repeated {@link HttpBasic} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    HttpBasic[] value();
  }
}
