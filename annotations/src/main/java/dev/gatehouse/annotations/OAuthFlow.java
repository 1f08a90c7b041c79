package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One OAuth2 flow object. Left at its default (every URL empty, no scopes) the flow is absent from
 * the document. Relative URLs resolve against the server URL; absolute ones must be {@code https}
 * unless the host is loopback.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OAuthFlow {
  /** The flow's {@code authorizationUrl} (implicit and authorizationCode flows). */
  String authorizationUrl() default "";

  /**
   * The flow's {@code tokenUrl} (password, clientCredentials, authorizationCode,
   * deviceAuthorization).
   */
  String tokenUrl() default "";

  /** The flow's {@code refreshUrl}; omitted when empty. */
  String refreshUrl() default "";

  /** The flow's {@code deviceAuthorizationUrl} (deviceAuthorization flow, OpenAPI 3.2 only). */
  String deviceAuthorizationUrl() default "";

  /** The flow's {@code scopes} map, in declaration order; names must be unique. */
  Scope[] scopes() default {};
}
