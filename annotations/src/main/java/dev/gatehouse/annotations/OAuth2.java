package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an OAuth2 scheme with any combination of flows: {@code {"type": "oauth2", "flows":
 * {...}}}. At least one flow must be present.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(OAuth2.List.class)
public @interface OAuth2 {
  /** The scheme's {@code flows}; a flow left at its default (all URLs empty) is absent. */
  OAuthFlows flows() default @OAuthFlows;

  /** The key in {@code components.securitySchemes} that requirements refer to. */
  String schemeName() default "OAuth2";

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

  /** Holds repeated {@link OAuth2} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    /** The repeated declarations. */
    OAuth2[] value();
  }
}
