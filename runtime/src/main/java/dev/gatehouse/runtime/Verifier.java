package dev.gatehouse.runtime;

/**
 * Decides whether one extracted credential is genuine, for one security scheme. The application
 * supplies one per declared scheme (or uses a built-in one such as {@link HashedApiKeys}).
 *
 * <p>Implementations may block (password hashing, a database) and must be safe to call from many
 * threads at once. They must not log or echo the credential. Returning {@link
 * Verification#rejected()} answers 401; throwing answers 503 without revealing the exception, so an
 * outage never lets a request in ({@link VerifierUnavailableException} adds {@code Retry-After});
 * throwing {@link AuthenticationThrottledException} answers 429 with {@code Retry-After}.
 *
 * @param <C> the credential type the scheme's extractor produces
 */
@FunctionalInterface
public interface Verifier<C extends Credential> {

  /** Verifies the credential. */
  Verification verify(C credential) throws Exception;
}
