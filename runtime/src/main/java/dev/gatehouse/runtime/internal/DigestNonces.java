package dev.gatehouse.runtime.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless RFC 7616 nonces and {@code opaque} values, and the per-replica nonce-count record.
 *
 * <p>A nonce is {@code hex(time || salt || HMAC-SHA256(secret, realm, time, salt)[0..16])}: 8 bytes
 * of issue time in milliseconds, 8 random bytes, 16 bytes of MAC. Any replica holding the same
 * secret can check any other's nonces without shared state; a nonce older than the lifetime is
 * stale. The {@code opaque} is an HMAC of the realm, the same on every replica. Nonce counts are
 * remembered per nonce, on this replica only, until the nonce expires; each must exceed the last.
 */
public final class DigestNonces {
  /** Nonces issued this far in the future of this replica's clock still count (replica skew). */
  private static final long FUTURE_SKEW_MILLIS = 60_000;

  /**
   * At most this many nonces' counts are remembered; beyond, new nonces are refused until expiry.
   */
  static final int MAX_TRACKED = 100_000;

  private static final int NONCE_HEX = 64;

  /** What a nonce is: forged (or another realm's), fresh, or stale (genuine but expired). */
  public enum Status {
    INVALID,
    FRESH,
    STALE
  }

  private final SecretKeySpec key;
  private final Clock clock;
  private final long lifetimeMillis;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Long> counts = new ConcurrentHashMap<>();

  /**
   * @param secret at least 32 bytes, shared by every replica that must accept each other's nonces
   */
  public DigestNonces(byte[] secret, Duration lifetime, Clock clock) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the Digest nonce secret must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.lifetimeMillis = lifetime.toMillis();
    this.clock = clock;
  }

  /** A fresh nonce for {@code realm}. */
  public String issue(String realm) {
    byte[] salt = new byte[8];
    random.nextBytes(salt);
    return format(clock.millis(), salt, realm);
  }

  /** The {@code opaque} value of {@code realm}'s challenges. */
  public String opaque(String realm) {
    return HexFormat.of().formatHex(mac("opaque", realm.getBytes(StandardCharsets.UTF_8)), 0, 16);
  }

  /** Whether {@code nonce} was issued for {@code realm} by a holder of the secret, and is fresh. */
  public Status check(String nonce, String realm) {
    if (nonce == null || nonce.length() != NONCE_HEX || !isLowerHex(nonce)) {
      return Status.INVALID;
    }
    byte[] raw = HexFormat.of().parseHex(nonce);
    long issued = ByteBuffer.wrap(raw, 0, 8).getLong();
    byte[] salt = java.util.Arrays.copyOfRange(raw, 8, 16);
    byte[] expected = HexFormat.of().parseHex(format(issued, salt, realm));
    if (!MessageDigest.isEqual(raw, expected)) {
      return Status.INVALID;
    }
    long now = clock.millis();
    if (issued > now + FUTURE_SKEW_MILLIS) {
      return Status.INVALID;
    }
    return now - issued >= lifetimeMillis ? Status.STALE : Status.FRESH;
  }

  /**
   * Records {@code nc} for a checked, fresh {@code nonce}; false when it does not exceed the count
   * last recorded for that nonce on this replica (a replay), or when too many nonces are tracked.
   */
  public boolean recordCount(String nonce, long nc) {
    if (counts.size() >= MAX_TRACKED && !counts.containsKey(nonce)) {
      prune();
      if (counts.size() >= MAX_TRACKED) {
        return false;
      }
    }
    AtomicBoolean advanced = new AtomicBoolean();
    counts.compute(
        nonce,
        (n, last) -> {
          if (last == null || nc > last) {
            advanced.set(true);
            return nc;
          }
          return last;
        });
    return advanced.get();
  }

  /** How many nonces' counts are remembered (for tests). */
  int tracked() {
    return counts.size();
  }

  /** Forgets the counts of nonces that have expired: they are refused as stale anyway. */
  void prune() {
    long now = clock.millis();
    for (Iterator<String> it = counts.keySet().iterator(); it.hasNext(); ) {
      String nonce = it.next();
      long issued = ByteBuffer.wrap(HexFormat.of().parseHex(nonce, 0, 16)).getLong();
      if (now - issued >= lifetimeMillis) {
        it.remove();
      }
    }
  }

  private String format(long issued, byte[] salt, String realm) {
    ByteBuffer message = ByteBuffer.allocate(16 + realm.length() * 3 + 1);
    message.putLong(issued).put(salt).put(realm.getBytes(StandardCharsets.UTF_8));
    byte[] mac = mac("nonce", java.util.Arrays.copyOf(message.array(), message.position()));
    ByteBuffer nonce = ByteBuffer.allocate(32);
    nonce.putLong(issued).put(salt).put(mac, 0, 16);
    return HexFormat.of().formatHex(nonce.array());
  }

  private byte[] mac(String purpose, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("gatehouse-digest-" + purpose + "\0").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static boolean isLowerHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "DigestNonces[lifetime=" + Duration.ofMillis(lifetimeMillis) + ", secret=****]";
  }
}
