package dev.gatehouse.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * Thrown by a {@link Verifier} that refuses to check a credential because too many attempts with it
 * (the same user name, say) failed recently: the request is answered 429 Too Many Requests with
 * {@code Retry-After} (RFC 6585), without challenges, and is never let in. The message must not
 * contain request data.
 */
public class AuthenticationThrottledException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public AuthenticationThrottledException(String message, Duration retryAfter) {
    super(message, null, false, false);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long the client should wait before trying again; at least one second is sent. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
