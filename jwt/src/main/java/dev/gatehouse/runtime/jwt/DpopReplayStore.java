package dev.gatehouse.runtime.jwt;

import java.time.Instant;

/**
 * Remembers the DPoP proofs already accepted (RFC 9449 section 11.1), so that none is accepted
 * twice. Give every replica of a service one shared store (e.g. a database table with a unique
 * key), or a proof accepted by one replica can be replayed against another.
 */
public interface DpopReplayStore {

  /**
   * Records {@code key} until {@code expiry}, atomically: true when it was not recorded before (the
   * proof is new), false when it was (a replay) or when the store cannot record it (full or
   * unavailable: refuse rather than risk a replay).
   *
   * @param key a fixed-length digest of the proof key's thumbprint and the proof's {@code jti}
   * @param expiry when the proof's {@code iat} leaves the acceptance window; the entry may be
   *     forgotten after it
   */
  boolean firstUse(String key, Instant expiry);
}
