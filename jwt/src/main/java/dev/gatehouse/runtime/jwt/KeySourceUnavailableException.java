package dev.gatehouse.runtime.jwt;

import dev.gatehouse.runtime.VerifierUnavailableException;
import java.time.Duration;

/**
 * Thrown by a {@link JwtVerifier} when it has no usable verification keys (the key source never
 * answered, or has failed for longer than the outage tolerance): the request must be answered 503
 * with {@code Retry-After}, never 401 and never let in (security rules 1.5.6, decision P9).
 *
 * <p>The message names the configured URL and what went wrong with the key source; it never
 * contains data from the request being verified.
 */
public final class KeySourceUnavailableException extends VerifierUnavailableException {
  private static final long serialVersionUID = 1L;

  /** {@code retryAfter}: how long until the key source will next be asked (at least 1 s). */
  KeySourceUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, retryAfter, cause);
  }
}
