package dev.gatehouse.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * Thrown by a {@link Verifier} that cannot decide right now (its key source or user store is
 * unreachable): the request is answered 503 with {@code Retry-After}, never 401 and never let in
 * (security rules decision P9). The message must not contain request data.
 */
public class VerifierUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public VerifierUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long clients should wait before trying again; at least one second is sent. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
