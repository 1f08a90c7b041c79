package dev.gatehouse.runtime.jwt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless server nonces for DPoP proofs (RFC 9449 section 8): a nonce is the time it was issued
 * and an HMAC-SHA256 of that time under a secret key, base64url-encoded. Nothing is stored, so
 * every replica configured with the same key accepts every other replica's nonces; a nonce is
 * accepted for {@link Builder#lifetime} after it was issued, and a request whose nonce is older
 * than half of that is answered with a fresh one. Keys rotate without refusing the nonces clients
 * hold: nonces are issued under the current key and accepted under it or the previous one.
 *
 * <p>A nonce is {@value #LENGTH} characters of {@code A-Z a-z 0-9 - _} (within RFC 9449's {@code
 * NQCHAR}) and is compared in constant time. Keys never appear in {@link #toString()} or in
 * exceptions. Register it with {@code DpopProofVerifier.builder().nonces(...)}.
 */
public final class DpopNonces {

  /** The length of every nonce, in characters. */
  public static final int LENGTH = 55;

  /** How far in the future a nonce may have been issued: another replica's clock may be ahead. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  private static final byte VERSION = 1;
  private static final byte[] LABEL = "gatehouse DPoP nonce".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec current;
  private final SecretKeySpec previous;
  private final Duration lifetime;
  private final Clock clock;

  private DpopNonces(Builder b) {
    this.current = new SecretKeySpec(b.current, "HmacSHA256");
    this.previous = b.previous == null ? null : new SecretKeySpec(b.previous, "HmacSHA256");
    this.lifetime = b.lifetime;
    this.clock = b.clock;
  }

  /**
   * A builder whose nonces are made with {@code currentKey}: at least 32 random bytes, the same on
   * every replica (e.g. from a secret store). The array is copied.
   */
  public static Builder builder(byte[] currentKey) {
    return new Builder(currentKey);
  }

  /** How long after it was issued a nonce is accepted. */
  public Duration lifetime() {
    return lifetime;
  }

  /** A fresh nonce, issued now under the current key. */
  public String issue() {
    return mint(clock.instant().getEpochSecond(), current);
  }

  /**
   * Whether {@code nonce} was issued by this service (under the current or the previous key) no
   * longer than {@link #lifetime()} ago and at most {@link #CLOCK_SKEW} in the future. Never throws
   * for any input.
   */
  public boolean isValid(String nonce) {
    if (nonce == null || nonce.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = nonce.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(nonce);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (bytes.length != 41 || bytes[0] != VERSION) {
      return false;
    }
    long issued = ByteBuffer.wrap(bytes, 1, 8).getLong();
    long now = clock.instant().getEpochSecond();
    if (issued > now + CLOCK_SKEW.toSeconds() || now - issued > lifetime.toSeconds()) {
      return false;
    }
    // The whole text is compared, so a second spelling of the same bytes is refused too.
    byte[] given = nonce.getBytes(StandardCharsets.US_ASCII);
    boolean byCurrent =
        MessageDigest.isEqual(mint(issued, current).getBytes(StandardCharsets.US_ASCII), given);
    boolean byPrevious =
        previous != null
            && MessageDigest.isEqual(
                mint(issued, previous).getBytes(StandardCharsets.US_ASCII), given);
    return byCurrent | byPrevious;
  }

  /**
   * Whether {@code validNonce}, which {@link #isValid} accepted, is older than half its lifetime:
   * then the answer to its request hands the client a fresh one (RFC 9449 section 8.2).
   */
  boolean isAging(String validNonce) {
    long issued = ByteBuffer.wrap(Base64.getUrlDecoder().decode(validNonce), 1, 8).getLong();
    return clock.instant().getEpochSecond() - issued > lifetime.toSeconds() / 2;
  }

  /** {@code base64url(version || issued || HMAC-SHA256(key, label || version || issued))}. */
  private static String mint(long issued, SecretKeySpec key) {
    ByteBuffer signed = ByteBuffer.allocate(1 + 8).put(VERSION).putLong(issued);
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(key);
      hmac.update(LABEL);
      mac = hmac.doFinal(signed.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable");
    }
    byte[] out = Arrays.copyOf(signed.array(), 9 + mac.length);
    System.arraycopy(mac, 0, out, 9, mac.length);
    return ENCODER.encodeToString(out);
  }

  @Override
  public String toString() {
    return "DpopNonces[lifetime=" + lifetime + ", keys=" + (previous == null ? 1 : 2) + "]";
  }

  /** Configures {@link DpopNonces}. */
  public static final class Builder {
    private final byte[] current;
    private byte[] previous;
    private Duration lifetime = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    private Builder(byte[] currentKey) {
      this.current = key(currentKey);
    }

    /**
     * The key nonces were made with before the current one, still accepted: set it to the old key
     * when rotating, and drop it once {@link #lifetime} has passed on every replica.
     */
    public Builder previousKey(byte[] key) {
      this.previous = key(key);
      return this;
    }

    /** How long a nonce is accepted after it was issued; default 5 min, between 10 s and 1 h. */
    public Builder lifetime(Duration lifetime) {
      if (lifetime.compareTo(Duration.ofSeconds(10)) < 0
          || lifetime.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("the nonce lifetime must be between 10 s and 1 h");
      }
      this.lifetime = lifetime;
      return this;
    }

    /** The clock nonces are issued and checked with; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public DpopNonces build() {
      return new DpopNonces(this);
    }

    private static byte[] key(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < 32) {
        throw new IllegalArgumentException("a DPoP nonce key must be at least 32 bytes");
      }
      return key.clone();
    }
  }
}
