package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.jwk.JWK;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An opt-in, bounded cache from a token's SHA-256 to its verified result, so that a token seen
 * again skips the signature check (Envoy's {@code jwt_authn} {@code jwt_cache_config} is the
 * model). Only accepted tokens are cached, so nothing a client sends can fill it with refusals.
 *
 * <p>An entry is served only while all of these hold: the clock is before the token's {@code exp}
 * minus the clock skew (so a cached token expires no later than a fresh check would refuse it, skew
 * included), before the configured maximum age of the entry, and the key that verified the token is
 * still in the issuer's current key set (a key withdrawn from the JWKS takes its tokens with it at
 * the next key refresh). A token that differs by one bit has another digest, so it is a miss and
 * gets the full check. The security argument is in docs/oauth2-and-jwt.md.
 */
final class VerifiedTokenCache {
  static final int MAX_ENTRIES = 1_000_000;
  static final Duration MAX_AGE = Duration.ofDays(1);

  /**
   * The largest cache whose eviction scan (every entry, once per tenth of the bound stored) is
   * short enough for an event loop; a larger one makes {@link JwtVerifier#mayBlock()} true.
   */
  static final int INLINE_ENTRIES = 10_000;

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(VerifiedTokenCache::sha256);

  private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final long maxAgeMillis;
  private final long skewMillis;
  private final Clock clock;

  private record Entry(JwtCheck check, JWK key, long notAfterMillis) {}

  VerifiedTokenCache(int maxEntries, Duration maxAge, Duration skew, Clock clock) {
    this.maxEntries = maxEntries;
    this.maxAgeMillis = maxAge.toMillis();
    this.skewMillis = skew.toMillis();
    this.clock = clock;
  }

  /** The digest under which {@code token} is cached. */
  static ByteBuffer digest(String token) {
    return ByteBuffer.wrap(SHA256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The cached result for {@code digest} while it may still be served: unexpired, and its key still
   * among the issuer's current keys (asked of {@code keys} only on a hit, so that a miss costs no
   * key lookup and an unparsable token still gets its 401 during a key outage).
   */
  JwtCheck lookup(ByteBuffer digest, KeySource keys) throws KeySourceUnavailableException {
    Entry entry = entries.get(digest);
    if (entry == null) {
      return null;
    }
    if (clock.millis() >= entry.notAfterMillis || !keys.keys().contains(entry.key)) {
      entries.remove(digest, entry);
      return null;
    }
    return entry.check;
  }

  /** Remembers an accepted token's result, verified with {@code key}. */
  void store(ByteBuffer digest, JwtCheck accepted, JWK key) {
    Date exp = accepted.claims().map(c -> c.getExpirationTime()).orElse(null);
    if (exp == null) {
      return; // exp is required (P11); nothing to bound the entry with otherwise
    }
    long now = clock.millis();
    long notAfter = Math.min(exp.getTime() - skewMillis, now + maxAgeMillis);
    if (notAfter <= now) {
      return;
    }
    if (entries.size() >= maxEntries) {
      evict(now);
    }
    entries.put(digest, new Entry(accepted, key, notAfter));
  }

  /**
   * Drops expired entries, then, if still over nine tenths of the bound, others down to that: the
   * scan of every entry is paid once per tenth of the bound stored, not on every store.
   */
  private void evict(long now) {
    entries.values().removeIf(e -> now >= e.notAfterMillis);
    int target = maxEntries - Math.max(1, maxEntries / 10);
    Iterator<ByteBuffer> it = entries.keySet().iterator();
    while (entries.size() > target && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  int size() {
    return entries.size();
  }

  int maxEntries() {
    return maxEntries;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
