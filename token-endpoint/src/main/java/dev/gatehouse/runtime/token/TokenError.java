package dev.gatehouse.runtime.token;

/**
 * Every way the token endpoint refuses a request: the HTTP status, the RFC 6749 section 5.2 {@code
 * error} code and a fixed {@code error_description} that never contains request data.
 *
 * <p>Several constants share a code so that tests and logs can tell the reasons apart while clients
 * see the RFC vocabulary. {@code invalid_grant} has one constant only: a wrong password, an unknown
 * user and a disabled account look the same (ASVS 6.3.8).
 */
public enum TokenError {
  /**
   * The {@code Content-Type} is not {@code application/x-www-form-urlencoded} in UTF-8, or it is
   * labelled {@code ISO-8859-1} or {@code US-ASCII} and the body has a non-ASCII octet.
   */
  UNSUPPORTED_CONTENT_TYPE(
      400, "invalid_request", "The request body must be application/x-www-form-urlencoded UTF-8"),
  /** The body exceeds {@link TokenRequestForm#MAX_BODY_BYTES}. */
  BODY_TOO_LARGE(400, "invalid_request", "The request body is too large"),
  /** A bad percent-escape, a raw character that must be encoded, or invalid UTF-8. */
  MALFORMED_BODY(400, "invalid_request", "The request body is not strictly form-urlencoded UTF-8"),
  /** A parameter name occurs twice (RFC 6749 section 3.2). */
  REPEATED_PARAMETER(400, "invalid_request", "A request parameter is repeated"),
  /** The strict form requires {@code grant_type}. */
  MISSING_GRANT_TYPE(400, "invalid_request", "The grant_type parameter is required"),
  /** {@code grant_type} is present and not exactly {@code password}. */
  UNSUPPORTED_GRANT_TYPE(
      400, "unsupported_grant_type", "Only the password grant type is supported"),
  /** {@code username} or {@code password} is absent or empty. */
  MISSING_CREDENTIALS(400, "invalid_request", "The username and password parameters are required"),
  /** {@code username} or {@code password} has a control character or is too long. */
  MALFORMED_CREDENTIALS(400, "invalid_request", "The username or password is malformed"),
  /** {@code scope} is not space-separated RFC 6749 scope-tokens. */
  MALFORMED_SCOPE(400, "invalid_scope", "The scope parameter is malformed"),
  /** More than one {@code Authorization} field line (decision P1). */
  REPEATED_AUTHORIZATION(400, "invalid_request", "The Authorization header is repeated"),
  /** Client credentials both in {@code Authorization} and in the body (RFC 6749 section 2.3). */
  MULTIPLE_CLIENT_AUTHENTICATION(
      400, "invalid_request", "The client used more than one authentication method"),
  /** {@code client_secret} without {@code client_id}. */
  CLIENT_SECRET_WITHOUT_ID(
      400, "invalid_request", "The client_secret parameter requires client_id"),
  /**
   * Client authentication failed: unknown client, wrong secret, malformed or unsupported {@code
   * Authorization}, or none where the endpoint requires it. Always sent with a Basic challenge.
   */
  INVALID_CLIENT(401, "invalid_client", "Client authentication failed"),
  /** Wrong password, unknown user or disabled account, indistinguishably. */
  INVALID_GRANT(400, "invalid_grant", "The username or password is incorrect"),
  /** A requested scope is not granted to the user (RFC 6749 section 5.2). */
  SCOPE_NOT_GRANTED(400, "invalid_scope", "The requested scope exceeds the scope granted"),
  /** A verifier or the token issuer failed; nothing was issued. */
  TEMPORARILY_UNAVAILABLE(
      503, "temporarily_unavailable", "The token service is temporarily unavailable"),
  /** A request method other than {@code POST} (RFC 6749 section 3.2). */
  METHOD_NOT_ALLOWED(405, "invalid_request", "The token endpoint accepts only POST");

  private final int status;
  private final String code;
  private final String description;

  TokenError(int status, String code, String description) {
    this.status = status;
    this.code = code;
    this.description = description;
  }

  /** The HTTP status: 400, 401, 405 or 503. */
  public int status() {
    return status;
  }

  /** The RFC 6749 {@code error} code, such as {@code invalid_request}. */
  public String code() {
    return code;
  }

  /** The fixed {@code error_description}. */
  public String description() {
    return description;
  }
}
