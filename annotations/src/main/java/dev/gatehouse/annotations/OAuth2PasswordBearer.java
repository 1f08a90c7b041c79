package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares OAuth2's resource-owner password flow with a bearer token: {@code {"type": "oauth2",
 * "flows": {"password": {"tokenUrl": ..., "scopes": {...}}}}}. RFC 9700 deprecates this flow, so
 * the processor warns ({@code [SecDeprecatedFlow]}) unless the warning is suppressed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(OAuth2PasswordBearer.List.class)
public @interface OAuth2PasswordBearer {
  /**
   * The flow's {@code tokenUrl}. Relative URLs (FastAPI's {@code "token"}) resolve against the
   * server URL; absolute ones must be {@code https} unless the host is loopback.
   */
  String tokenUrl();

  /** The flow's {@code refreshUrl}; omitted when empty. */
  String refreshUrl() default "";

  /** The flow's {@code scopes} map, in declaration order; names must be unique. */
  Scope[] scopes() default {};

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "OAuth2PasswordBearer";

  /** The scheme's {@code description} (CommonMark); omitted when empty. */
  String description() default "";

  /** The scheme's {@code deprecated} flag (OpenAPI 3.2 only; a compile error for older targets). */
  boolean deprecated() default false;

  /**
   * The scheme's {@code oauth2MetadataUrl}: the authorization server's RFC 8414 metadata document
   * (OpenAPI 3.2 only; a compile error for older targets). Must be {@code https} unless the host is
   * loopback. Omitted when empty.
   */
  String oauth2MetadataUrl() default "";

  /**
   * Whether the scheme's tokens are sender-constrained (DPoP, RFC 9449; mutual-TLS, RFC 8705):
   * unbound tokens, and bound tokens without their proof, are refused. Default {@link
   * TokenBinding#NONE}.
   */
  TokenBinding tokenBinding() default TokenBinding.NONE;

  /** Holds repeated {@link OAuth2PasswordBearer} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    OAuth2PasswordBearer[] value();
  }
}
