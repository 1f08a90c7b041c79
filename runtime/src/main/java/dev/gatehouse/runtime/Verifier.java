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

  /**
   * Whether {@link #verify} may block its thread: wait for I/O (a database, a JWKS, discovery or
   * introspection endpoint), for a lock held across such a wait, or compute long enough to stall an
   * event loop (password hashing). A reactive adapter decides a request on the thread it arrived on
   * only when nothing the decision may reach can block, and otherwise on a thread that may (see
   * {@link dev.gatehouse.runtime.spi.Operation#mayBlock()}).
   *
   * <p>The default, {@code true}, is always safe. Answer {@code false} only for a check of memory
   * alone, such as a comparison with configured values; a wrong {@code false} stalls every
   * connection an event loop serves while it runs. The answer is read once, when the {@link
   * Gatehouse} is built, and must not change.
   */
  default boolean mayBlock() {
    return true;
  }
}
