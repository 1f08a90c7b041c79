package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Step-up authentication (RFC 9470): the operation accepts an access token only when the user
 * authenticated in one of the {@code acrValues} contexts and/or at most {@code maxAge} seconds ago.
 * Otherwise the runtime answers 401 with {@code error="insufficient_user_authentication"} and the
 * required {@code acr_values} and {@code max_age} in the challenge, so the client can send the user
 * back to the authorization server. On a method it replaces the interface's; on an interface it
 * applies to every operation that is not {@link Public}. The operation must require a token scheme
 * ({@link HttpBearer}, {@link OAuth2}, {@link OAuth2PasswordBearer}, {@link
 * OAuth2AuthorizationCodeBearer} or {@link OpenIdConnect}) in every alternative. The document
 * states the requirement in the operation's {@code x-gatehouse-step-up} extension.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StepUp {

  /**
   * The authentication context class references the token's {@code acr} claim must be one of (RFC
   * 9470 {@code acr_values}), e.g. {@code "gold"} or {@code "urn:mace:incommon:iap:silver"}; each a
   * non-empty RFC 6749 NQCHAR token without spaces or quotes. Empty: any {@code acr}.
   */
  String[] acrValues() default {};

  /**
   * The most seconds that may have passed since the user authenticated (the token's {@code
   * auth_time}, RFC 9470 {@code max_age}); positive. {@code -1} (the default): no limit.
   */
  int maxAge() default -1;
}
