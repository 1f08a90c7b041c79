package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares OpenID Connect: {@code {"type": "openIdConnect", "openIdConnectUrl": ...}}. The runtime
 * discovers the issuer and its keys from that URL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(OpenIdConnect.List.class)
public @interface OpenIdConnect {
  /**
   * The scheme's {@code openIdConnectUrl}: the provider's discovery document, normally ending in
   * {@code /.well-known/openid-configuration}. Must be {@code https} unless the host is loopback.
   */
  String openIdConnectUrl();

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "OpenIdConnect";

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

  /** Holds repeated {@link OpenIdConnect} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    OpenIdConnect[] value();
  }
}
