package dev.gatehouse.runtime.jwt;

import dev.gatehouse.runtime.VerifierUnavailableException;
import java.time.Duration;

/**
 * Thrown by an {@link IntrospectionVerifier} that cannot decide: the introspection endpoint did not
 * answer, answered with an error or a broken response, or has failed so often that it is given a
 * rest. The request is answered 503 with {@code Retry-After}, never 401 and never let in (security
 * rules decision P9).
 *
 * <p>The message names the configured endpoint and what went wrong; it never contains the token,
 * the client secret or the response body.
 */
public final class IntrospectionUnavailableException extends VerifierUnavailableException {
  private static final long serialVersionUID = 1L;

  IntrospectionUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, retryAfter, cause);
  }
}
