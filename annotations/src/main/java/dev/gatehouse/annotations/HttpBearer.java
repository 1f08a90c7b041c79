package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a bearer token in the {@code Authorization} header (RFC 6750): {@code {"type": "http",
 * "scheme": "bearer"}}, with {@code bearerFormat} when given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(HttpBearer.List.class)
public @interface HttpBearer {
  /** The scheme's {@code bearerFormat}, a hint such as {@code "JWT"}; omitted when empty. */
  String bearerFormat() default "";

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "HTTPBearer";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /**
   * Whether the scheme's tokens are sender-constrained (DPoP, RFC 9449; mutual-TLS, RFC 8705):
   * unbound tokens, and bound tokens without their proof, are refused. Default {@link
   * TokenBinding#NONE}.
   */
  TokenBinding tokenBinding() default TokenBinding.NONE;

  /** Holds repeated {@link HttpBearer} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    HttpBearer[] value();
  }
}
