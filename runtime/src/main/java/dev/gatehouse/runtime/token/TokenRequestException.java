package dev.gatehouse.runtime.token;

import java.util.Objects;

/**
 * A token request that {@link TokenRequestForm} refuses; its message is the error's fixed
 * description, never request data.
 */
public final class TokenRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final TokenError error;

  /** Refuses a request for {@code error}. */
  public TokenRequestException(TokenError error) {
    // No stack trace: this is an expected outcome of parsing hostile input, not a bug.
    super(Objects.requireNonNull(error, "error").description(), null, false, false);
    this.error = error;
  }

  /** Why the request was refused. */
  public TokenError error() {
    return error;
  }
}
