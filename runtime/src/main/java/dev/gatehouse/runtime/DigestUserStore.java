package dev.gatehouse.runtime;

import java.util.Optional;

/**
 * The one thing an application supplies for HTTP Digest: the stored {@code H(username ":" realm ":"
 * password)} of a user (RFC 7616 section 3.4.2). Gatehouse does everything else: it issues and
 * checks nonces and {@code opaque}, refuses replayed nonce counts, binds the method and {@code
 * uri}, and computes and compares the response in constant time.
 *
 * <p>Implementations may block (a database) and must be thread-safe. Return empty for an unknown or
 * disabled user: Gatehouse then does the same work against a dummy value and answers exactly as for
 * a wrong password. Throwing answers 503 ({@link VerifierUnavailableException} with its {@code
 * Retry-After}) and never lets a request in.
 */
@FunctionalInterface
public interface DigestUserStore {

  /**
   * The user named {@code username} in {@code realm}, with the {@code ha1} of {@code algorithm}.
   */
  Optional<DigestUser> find(String username, String realm, DigestAlgorithm algorithm)
      throws Exception;

  /**
   * The user whose {@code H(username ":" realm)} is {@code userhash} (lower-case hex), for clients
   * that send {@code userhash=true} (RFC 7616 section 3.4.4). Override together with {@link
   * #supportsUserhash()}; the default finds nobody.
   */
  default Optional<DigestUser> findByUserhash(
      String userhash, String realm, DigestAlgorithm algorithm) throws Exception {
    return Optional.empty();
  }

  /** Whether challenges advertise {@code userhash=true}; default false. */
  default boolean supportsUserhash() {
    return false;
  }
}
