package dev.gatehouse.runtime.jwt;

/**
 * Why a {@link JwtVerifier} (or {@link IntrospectionVerifier}) refused a token, as a fixed
 * vocabulary that is safe to log and to send as a Bearer {@code error_description} (it never
 * contains token or request data).
 */
public enum JwtRejection {
  /** Not a well-formed compact JWS: segments, base64url, UTF-8, JSON or header member types. */
  MALFORMED("The access token is malformed"),
  /** Longer than the configured maximum, refused before any decoding. */
  TOO_LARGE("The access token is too large"),
  /** A JWE (five segments or an {@code enc} header) or a nested JWT ({@code cty} JWT). */
  ENCRYPTED_OR_NESTED("Encrypted or nested access tokens are not accepted"),
  /** {@code none} in any spelling, or an algorithm outside the configured allowlist. */
  DISALLOWED_ALGORITHM("The access token algorithm is not accepted"),
  /** A {@code crit}, {@code b64}, {@code jku}, {@code x5u} or {@code jwk} header parameter. */
  DISALLOWED_HEADER("The access token header is not accepted"),
  /** A {@code typ} other than JWT or at+jwt, or not at+jwt when RFC 9068 typing is required. */
  WRONG_TYPE("The access token type is not accepted"),
  /** No configured key matches the token's {@code kid} and algorithm. */
  UNKNOWN_KEY("The access token signing key is unknown"),
  /** The signature does not verify with any candidate key. */
  BAD_SIGNATURE("The access token signature is invalid"),
  /** {@code exp} is in the past, beyond the allowed clock skew. */
  EXPIRED("The access token expired"),
  /** {@code nbf} is in the future, beyond the allowed clock skew. */
  NOT_YET_VALID("The access token is not valid yet"),
  /** {@code iat} is in the future, beyond the allowed clock skew. */
  ISSUED_IN_FUTURE("The access token was issued in the future"),
  /** {@code iss} is not exactly the configured issuer. */
  WRONG_ISSUER("The access token issuer is not accepted"),
  /** {@code aud} does not contain the configured audience. */
  WRONG_AUDIENCE("The access token audience is not accepted"),
  /** A required claim ({@code exp}, {@code iss}, {@code aud}, {@code sub}, ...) is absent. */
  MISSING_CLAIM("The access token lacks a required claim"),
  /** A claim has the wrong JSON type or an illegal value (for example a malformed scope). */
  INVALID_CLAIM("The access token has an invalid claim"),
  /**
   * The authorization server's introspection endpoint says the token is not active: revoked,
   * expired, unknown or not issued by it (RFC 7662 section 2.2); only from {@link
   * IntrospectionVerifier}.
   */
  INACTIVE("The access token is not active");

  private final String description;

  JwtRejection(String description) {
    this.description = description;
  }

  /**
   * A short English sentence for {@code error_description}; printable ASCII without {@code "} or
   * {@code \} (RFC 6750 section 3).
   */
  public String description() {
    return description;
  }
}
