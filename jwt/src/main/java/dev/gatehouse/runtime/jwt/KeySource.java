package dev.gatehouse.runtime.jwt;

/** Where a {@link JwtVerifier} gets its keys: local configuration or a cached remote JWK set. */
interface KeySource {

  /** The current keys; throws when none were ever obtained or they are too stale to use. */
  KeyRing keys() throws KeySourceUnavailableException;

  /**
   * Called when {@code seen} has no key for a token; may refresh (single-flight and rate-limited)
   * and returns the keys to try again with, possibly {@code seen} itself.
   */
  KeyRing refreshForUnknownKey(KeyRing seen) throws KeySourceUnavailableException;

  /** Whether {@link #keys} or {@link #refreshForUnknownKey} may fetch, and so block. */
  default boolean fetches() {
    return true;
  }

  /** Keys that never change. */
  static KeySource fixed(KeyRing ring) {
    return new KeySource() {
      @Override
      public KeyRing keys() {
        return ring;
      }

      @Override
      public KeyRing refreshForUnknownKey(KeyRing seen) {
        return ring;
      }

      @Override
      public boolean fetches() {
        return false;
      }
    };
  }
}
