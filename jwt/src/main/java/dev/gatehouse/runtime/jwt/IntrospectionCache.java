package dev.gatehouse.runtime.jwt;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bounded cache of an {@link IntrospectionVerifier}, keyed by the token's SHA-256 (so the token
 * itself is never kept): an accepted token is served until its {@code exp} or the configured
 * maximum age, whichever comes first; a refused one for the short negative lifetime.
 *
 * <p>Entries for accepted tokens end at {@code exp} itself, not at {@code exp} plus the clock skew:
 * a token the endpoint would call inactive is never served from here.
 */
final class IntrospectionCache {
  static final int MAX_ENTRIES = 1_000_000;

  private record Entry(JwtCheck check, long notAfterMillis) {}

  private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final long maxAgeMillis;
  private final long negativeMillis;
  private final Clock clock;

  IntrospectionCache(int maxEntries, Duration maxAge, Duration negativeTtl, Clock clock) {
    this.maxEntries = maxEntries;
    this.maxAgeMillis = maxAge.toMillis();
    this.negativeMillis = negativeTtl.toMillis();
    this.clock = clock;
  }

  /** The result cached for {@code digest}, or null when none may be served now. */
  JwtCheck lookup(ByteBuffer digest) {
    Entry entry = entries.get(digest);
    if (entry == null) {
      return null;
    }
    if (clock.millis() >= entry.notAfterMillis) {
      entries.remove(digest, entry);
      return null;
    }
    return entry.check;
  }

  /** Remembers the endpoint's verdict on a token. */
  void store(ByteBuffer digest, JwtCheck check) {
    long now = clock.millis();
    long notAfter;
    if (check.isValid()) {
      Date exp = check.claims().map(c -> c.getExpirationTime()).orElse(null);
      if (exp == null) {
        return; // ClaimRules requires exp, so never; without it nothing bounds the entry
      }
      notAfter = Math.min(exp.getTime(), now + maxAgeMillis);
    } else {
      notAfter = now + negativeMillis;
    }
    if (notAfter <= now) {
      return;
    }
    if (entries.size() >= maxEntries) {
      evict(now);
    }
    entries.put(digest, new Entry(check, notAfter));
  }

  /** Drops expired entries, then, if still full, enough others to make room. */
  private void evict(long now) {
    entries.values().removeIf(e -> now >= e.notAfterMillis);
    Iterator<ByteBuffer> it = entries.keySet().iterator();
    while (entries.size() >= maxEntries && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  int size() {
    return entries.size();
  }
}
