package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.KeyDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies API keys against a table of their SHA-256 or HMAC-SHA-256 digests, so the application
 * never stores the keys themselves (security rules 1.8.6).
 *
 * <p>Provisioning: create a key with {@link #generateKey()} (256 bits from {@link SecureRandom},
 * ASVS 11.5.1), hand it to the client once, and store only {@link #sha256Digest(String)} or {@link
 * #hmacDigest(byte[], String)} of it. Prefer HMAC with a server-side pepper of at least 32 bytes
 * kept outside the digest table: a leaked table then cannot be tested against guessed keys offline.
 *
 * <pre>{@code
 * Verifier<ApiKey> keys = HashedApiKeys.hmacSha256(pepper)
 *     .add("3f2a...", "billing-service", Set.of("invoices:read"))
 *     .build();
 * }</pre>
 *
 * <p>Verification takes the key exactly as received: its UTF-8 bytes, no trimming, no case folding.
 * Empty keys, keys over {@value #MAX_KEY_BYTES} UTF-8 bytes and strings that are not valid UTF-16
 * are rejected without hashing. The presented key's digest is compared with {@link
 * MessageDigest#isEqual} against <em>every</em> stored digest, in table order and without stopping
 * at a match, and the matching entry is selected without a branch; so the work done does not depend
 * on which entry matched, or whether one did. (A hash-map lookup keyed by the presented key's
 * digest would also be acceptable, since the digest of an unknown key reveals nothing about the
 * stored ones, but the full scan needs no such argument.) The scan is linear in the number of keys,
 * which is fine for thousands of keys; for far larger populations give keys a non-secret id prefix
 * and write a {@link Verifier} that looks the entry up by that id.
 *
 * <p>Instances are immutable and thread-safe; {@link Builder}s are not thread-safe.
 */
public final class HashedApiKeys implements Verifier<ApiKey> {

  /** The longest key, in UTF-8 bytes, that is hashed at all; longer keys are rejected outright. */
  public static final int MAX_KEY_BYTES = 4096;

  /** The most keys whose check {@link #mayBlock()} still calls short enough for an event loop. */
  static final int INLINE_KEYS = 1_000;

  /** The smallest accepted HMAC pepper, in bytes. */
  public static final int MIN_PEPPER_BYTES = 32;

  private static final int DIGEST_BYTES = 32;
  private static final int GENERATED_KEY_BYTES = 32;
  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec pepper;
  private final byte[][] digests;
  private final Verification[] grants;

  /** SHA-256 or HMAC-SHA-256 under the pepper, prepared once (no provider look-up per check). */
  private final KeyDigest keyDigest;

  private HashedApiKeys(SecretKeySpec pepper, byte[][] digests, Verification[] grants) {
    this.pepper = pepper;
    this.digests = digests;
    this.grants = grants;
    this.keyDigest = KeyDigest.hmacSha256(pepper);
  }

  /** Starts a table of plain SHA-256 digests (hex or base64url) of the keys. */
  public static Builder sha256() {
    return new Builder(null);
  }

  /**
   * Starts a table of HMAC-SHA-256 digests of the keys under {@code pepper}, a server-side secret
   * of at least {@value #MIN_PEPPER_BYTES} bytes; the array is copied.
   */
  public static Builder hmacSha256(byte[] pepper) {
    return new Builder(pepperKey(pepper));
  }

  /** Returns the lowercase-hex SHA-256 digest of {@code key}'s UTF-8 bytes, for provisioning. */
  public static String sha256Digest(String key) {
    return HexFormat.of().formatHex(digest(null, checkedKeyBytes(key)));
  }

  /** Returns the lowercase-hex HMAC-SHA-256 of {@code key}'s UTF-8 bytes, for provisioning. */
  public static String hmacDigest(byte[] pepper, String key) {
    return HexFormat.of().formatHex(digest(pepperKey(pepper), checkedKeyBytes(key)));
  }

  /**
   * Returns a new key: 32 bytes from {@link SecureRandom}, base64url without padding (43 chars).
   */
  public static String generateKey() {
    byte[] bytes = new byte[GENERATED_KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Grants the key's principal and scopes if its digest is in the table; never throws. */
  @Override
  public Verification verify(ApiKey credential) {
    byte[] key = keyBytes(credential.key());
    if (key == null) {
      return Verification.rejected();
    }
    byte[] presented = digest(key);
    int matched = -1;
    for (int i = 0; i < digests.length; i++) {
      // isEqual is constant-time for equal lengths; every stored digest has 32 bytes.
      int mask = -(MessageDigest.isEqual(presented, digests[i]) ? 1 : 0);
      matched = (matched & ~mask) | (i & mask);
    }
    return matched < 0 ? Verification.rejected() : grants[matched];
  }

  /**
   * Never waits for anything; but each check compares the presented digest with every stored one
   * (in constant time), so a table of more than {@value #INLINE_KEYS} keys is reported as work too
   * long for an event loop.
   */
  @Override
  public boolean mayBlock() {
    return digests.length > INLINE_KEYS;
  }

  /** Names the algorithm and counts the keys; shows no digest, pepper or principal. */
  @Override
  public String toString() {
    return "HashedApiKeys[" + algorithm(pepper) + ", " + digests.length + " keys]";
  }

  private static String algorithm(SecretKeySpec pepper) {
    return pepper == null ? "SHA-256" : "HMAC-SHA-256";
  }

  private static SecretKeySpec pepperKey(byte[] pepper) {
    Objects.requireNonNull(pepper, "pepper");
    if (pepper.length < MIN_PEPPER_BYTES) {
      throw new IllegalArgumentException(
          "the HMAC pepper must have at least " + MIN_PEPPER_BYTES + " bytes");
    }
    return new SecretKeySpec(pepper, HMAC); // copies the array
  }

  /** The key's UTF-8 bytes, or null when it is empty, too long or not well-formed UTF-16. */
  private static byte[] keyBytes(String key) {
    int n = key.length();
    // Every char encodes to at least one byte, so this bounds the work before encoding.
    if (n == 0 || n > MAX_KEY_BYTES) {
      return null;
    }
    // String.getBytes would encode a lone surrogate as '?': refuse it here instead, as a strict
    // encoder does. Every other string has exactly one UTF-8 form.
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == n
            || !Character.isLowSurrogate(key.charAt(i + 1))) {
          return null;
        }
        i++;
      }
    }
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_KEY_BYTES) {
      Arrays.fill(bytes, (byte) 0);
      return null;
    }
    return bytes;
  }

  private static byte[] checkedKeyBytes(String key) {
    Objects.requireNonNull(key, "key");
    byte[] bytes = keyBytes(key);
    if (bytes == null) {
      throw new IllegalArgumentException(
          "the key must be non-empty, well-formed and at most " + MAX_KEY_BYTES + " UTF-8 bytes");
    }
    return bytes;
  }

  /** The digest of {@code key} under this table's algorithm and pepper; wipes {@code key}. */
  private byte[] digest(byte[] key) {
    try {
      return keyDigest.digest(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The digest of {@code key} under {@code pepper} (none: SHA-256), for provisioning; wipes it. */
  private static byte[] digest(SecretKeySpec pepper, byte[] key) {
    try {
      return KeyDigest.hmacSha256(pepper).digest(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Collects digests with their principals and scopes; not thread-safe. */
  public static final class Builder {
    private final SecretKeySpec pepper;
    private final List<byte[]> digests = new ArrayList<>();
    private final List<Verification> grants = new ArrayList<>();

    private Builder(SecretKeySpec pepper) {
      this.pepper = pepper;
    }

    /**
     * Adds one key by its digest: 64 hex digits (either case) or 43 base64url characters without
     * padding. A malformed or repeated digest throws {@link IllegalArgumentException}, whose
     * message never contains the digest.
     */
    public Builder add(String digest, String principal, Set<String> scopes) {
      Objects.requireNonNull(digest, "digest");
      Verification grant = Verification.granted(principal, scopes);
      byte[] bytes = parseDigest(digest);
      for (byte[] existing : digests) {
        if (MessageDigest.isEqual(existing, bytes)) {
          throw new IllegalArgumentException(
              "duplicate API key digest (entry " + (digests.size() + 1) + ")");
        }
      }
      digests.add(bytes);
      grants.add(grant);
      return this;
    }

    /** Adds one key by its digest, granting no scopes. */
    public Builder add(String digest, String principal) {
      return add(digest, principal, Set.of());
    }

    /** Returns the verifier; an empty table rejects every key. */
    public HashedApiKeys build() {
      return new HashedApiKeys(
          pepper,
          digests.stream().map(byte[]::clone).toArray(byte[][]::new),
          grants.toArray(new Verification[0]));
    }

    /** Names the algorithm and counts the keys so far; shows no digest or pepper. */
    @Override
    public String toString() {
      return "HashedApiKeys.Builder[" + algorithm(pepper) + ", " + digests.size() + " keys]";
    }

    private byte[] parseDigest(String digest) {
      byte[] bytes = null;
      if (digest.length() == 2 * DIGEST_BYTES) {
        bytes = parseHex(digest);
      } else if (digest.length() == 43) {
        bytes = parseBase64Url(digest);
      }
      if (bytes == null || bytes.length != DIGEST_BYTES) {
        throw new IllegalArgumentException(
            "malformed API key digest (entry "
                + (digests.size() + 1)
                + "): expected 64 hex digits or 43 base64url characters of a SHA-256 digest");
      }
      return bytes;
    }

    private static byte[] parseHex(String digest) {
      for (int i = 0; i < digest.length(); i++) {
        char c = digest.charAt(i);
        boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex) {
          return null;
        }
      }
      return HexFormat.of().parseHex(digest);
    }

    private static byte[] parseBase64Url(String digest) {
      byte[] bytes;
      try {
        bytes = Base64.getUrlDecoder().decode(digest);
      } catch (IllegalArgumentException e) {
        return null; // its message may quote the input
      }
      // The decoder ignores non-zero unused bits; accept only the canonical spelling.
      String canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      return canonical.equals(digest) ? bytes : null;
    }
  }
}
