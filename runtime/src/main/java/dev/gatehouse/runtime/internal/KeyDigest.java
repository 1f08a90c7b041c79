package dev.gatehouse.runtime.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256, or HMAC-SHA-256 under a secret key, prepared once and safe to use from any thread: the
 * digest of API keys that {@code HashedApiKeys} and the JDBC key store compare.
 *
 * <p>{@code MessageDigest} and {@code Mac} instances are not thread-safe, and getting one per call
 * costs a provider look-up and, for HMAC, keying it (hashing the key into its inner and outer pads)
 * every time. Instead, one instance is prepared (and keyed) here and never used itself; each call
 * hashes on a copy of it ({@code clone()}), which only reads the prepared instance. Where the
 * provider's implementation cannot be copied, each call gets a fresh instance as before.
 */
public final class KeyDigest {
  private static final String SHA_256 = "SHA-256";
  private static final String HMAC_SHA_256 = "HmacSHA256";

  /** Null for plain SHA-256. */
  private final SecretKeySpec key;

  /** The prepared {@link MessageDigest} or keyed {@link Mac}; null when it cannot be copied. */
  private final Object prototype;

  private KeyDigest(SecretKeySpec key) {
    this.key = key;
    this.prototype = prepare(key);
  }

  /** Plain SHA-256. */
  public static KeyDigest sha256() {
    return new KeyDigest(null);
  }

  /** HMAC-SHA-256 under {@code key}, or plain SHA-256 when {@code key} is null. */
  public static KeyDigest hmacSha256(SecretKeySpec key) {
    return new KeyDigest(key);
  }

  /** The digest of {@code input}; does not change or keep {@code input}. */
  public byte[] digest(byte[] input) {
    Object prepared = prototype;
    if (prepared != null) {
      try {
        return prepared instanceof MessageDigest sha256
            ? ((MessageDigest) sha256.clone()).digest(input)
            : ((Mac) ((Mac) prepared).clone()).doFinal(input);
      } catch (CloneNotSupportedException e) {
        // Not after the constructor's copy succeeded; a fresh instance below.
      }
    }
    try {
      if (key == null) {
        return MessageDigest.getInstance(SHA_256).digest(input);
      }
      Mac mac = Mac.getInstance(HMAC_SHA_256);
      mac.init(key);
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      // Every Java SE implementation must provide SHA-256 and HmacSHA256.
      throw new IllegalStateException("SHA-256 or HmacSHA256 is unavailable", e);
    }
  }

  /** Names the algorithm only. */
  @Override
  public String toString() {
    return key == null ? "KeyDigest[SHA-256]" : "KeyDigest[HMAC-SHA-256]";
  }

  /** A digest or keyed HMAC that can be copied, or null when the provider's cannot. */
  private static Object prepare(SecretKeySpec key) {
    try {
      Object prepared;
      if (key == null) {
        prepared = MessageDigest.getInstance(SHA_256);
      } else {
        Mac mac = Mac.getInstance(HMAC_SHA_256);
        mac.init(key);
        prepared = mac;
      }
      // Copy once now, so that a provider that cannot copy is known before the first call.
      if (prepared instanceof MessageDigest sha256) {
        sha256.clone();
      } else {
        ((Mac) prepared).clone();
      }
      return prepared;
    } catch (CloneNotSupportedException | GeneralSecurityException e) {
      return null;
    }
  }
}
