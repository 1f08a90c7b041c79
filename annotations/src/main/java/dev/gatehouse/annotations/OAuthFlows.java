package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code flows} object of an {@link OAuth2} scheme: each attribute is one flow, absent while
 * left at its default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OAuthFlows {
  /** The {@code implicit} flow (deprecated by RFC 9700; the processor warns). */
  OAuthFlow implicit() default @OAuthFlow;

  /** The {@code password} flow (deprecated by RFC 9700; the processor warns). */
  OAuthFlow password() default @OAuthFlow;

  /** The {@code clientCredentials} flow. */
  OAuthFlow clientCredentials() default @OAuthFlow;

  /** The {@code authorizationCode} flow. */
  OAuthFlow authorizationCode() default @OAuthFlow;

  /** The {@code deviceAuthorization} flow (RFC 8628; OpenAPI 3.2 only). */
  OAuthFlow deviceAuthorization() default @OAuthFlow;
}
