package dev.gatehouse.runtime;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, behind {@link PasswordHasher#pbkdf2Sha256()}.
 *
 * <p>HMAC's key handling makes some passwords equivalent: trailing zero bytes (so U+0000 is
 * refused) and, for passwords over 64 bytes, their own SHA-256 digest used as a password (harmless:
 * finding it requires the password).
 */
final class Pbkdf2PasswordHasher implements PasswordHasher {

  static final String ID = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int MAX_SALT_BYTES = 64;
  private static final int HASH_BYTES = 32;
  // Longest well-formed encoding: id, 8 digits, 64-byte salt (86 chars), hash (43 chars), 3 '$'.
  private static final int MAX_ENCODED_CHARS = 160;

  private final int iterations;
  private final SecureRandom random = new SecureRandom(); // thread-safe

  Pbkdf2PasswordHasher(int iterations) {
    if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
      throw new IllegalArgumentException(
          "PBKDF2 iterations must be between "
              + MIN_PBKDF2_ITERATIONS
              + " and "
              + MAX_PBKDF2_ITERATIONS
              + ", got "
              + iterations);
    }
    this.iterations = iterations;
  }

  @Override
  public String hash(char[] password) {
    if (!acceptable(password)) {
      throw new IllegalArgumentException(
          "the password must be non-empty, well-formed, free of U+0000 and at most "
              + MAX_PASSWORD_BYTES
              + " UTF-8 bytes");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    try {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return ID
          + '$'
          + iterations
          + '$'
          + b64.encodeToString(salt)
          + '$'
          + b64.encodeToString(hash);
    } finally {
      Arrays.fill(hash, (byte) 0);
    }
  }

  @Override
  public boolean matches(String password, String encoded) {
    if (password == null || encoded == null || password.length() > MAX_PASSWORD_BYTES) {
      return false; // checked before copying, to bound the work
    }
    Parsed parsed = Parsed.parse(encoded);
    if (parsed == null) {
      return false;
    }
    char[] chars = password.toCharArray();
    byte[] actual = null;
    try {
      if (!acceptable(chars)) {
        return false;
      }
      actual = derive(chars, parsed.salt, parsed.iterations);
      return MessageDigest.isEqual(actual, parsed.hash);
    } catch (RuntimeException e) {
      return false; // a provider failure must not become an exception that echoes anything
    } finally {
      Arrays.fill(chars, '\0');
      if (actual != null) {
        Arrays.fill(actual, (byte) 0);
      }
    }
  }

  @Override
  public boolean needsRehash(String encoded) {
    Parsed parsed = encoded == null ? null : Parsed.parse(encoded);
    return parsed == null || parsed.iterations < iterations || parsed.salt.length < SALT_BYTES;
  }

  /** Names the algorithm and its cost. */
  @Override
  public String toString() {
    return "PasswordHasher[" + ID + ", iterations=" + iterations + "]";
  }

  /**
   * Non-empty, well-formed UTF-16 (the JDK encodes it as UTF-8), within the byte cap, and free of
   * U+0000: HMAC pads its key with zero bytes, so "pw" and "pw\0" would derive the same hash.
   */
  private static boolean acceptable(char[] password) {
    if (password.length == 0 || password.length > MAX_PASSWORD_BYTES) {
      return false; // every char takes at least one UTF-8 byte
    }
    int bytes = 0;
    for (int i = 0; i < password.length; i++) {
      char c = password[i];
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= password.length || !Character.isLowSurrogate(password[i + 1])) {
          return false;
        }
        bytes += 4;
        i++;
      } else if (Character.isLowSurrogate(c) || c == '\0') {
        return false; // a lone surrogate would silently become '?' and collide likewise
      } else {
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
    }
    return bytes <= MAX_PASSWORD_BYTES;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      // The SunJCE provider encodes the chars as UTF-8 before running HMAC-SHA256.
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is unavailable", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** A well-formed encoded string taken apart; null from {@link #parse} otherwise. */
  private static final class Parsed {
    final int iterations;
    final byte[] salt;
    final byte[] hash;

    private Parsed(int iterations, byte[] salt, byte[] hash) {
      this.iterations = iterations;
      this.salt = salt;
      this.hash = hash;
    }

    static Parsed parse(String encoded) {
      if (encoded.length() > MAX_ENCODED_CHARS) {
        return null;
      }
      String[] parts = encoded.split("\\$", -1);
      if (parts.length != 4 || !parts[0].equals(ID)) {
        return null;
      }
      int iterations = parseIterations(parts[1]);
      byte[] salt = decode(parts[2]);
      byte[] hash = decode(parts[3]);
      if (iterations < MIN_PBKDF2_ITERATIONS
          || iterations > MAX_PBKDF2_ITERATIONS
          || salt == null
          || salt.length < SALT_BYTES
          || salt.length > MAX_SALT_BYTES
          || hash == null
          || hash.length != HASH_BYTES) {
        return null;
      }
      return new Parsed(iterations, salt, hash);
    }

    /** ASCII digits only, no sign, no leading zero, at most 8 digits; -1 otherwise. */
    private static int parseIterations(String digits) {
      if (digits.isEmpty() || digits.length() > 8 || digits.charAt(0) == '0') {
        return -1;
      }
      int value = 0;
      for (int i = 0; i < digits.length(); i++) {
        char c = digits.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    /** Canonical unpadded base64url only (one spelling per value); null otherwise. */
    private static byte[] decode(String text) {
      byte[] bytes;
      try {
        bytes = Base64.getUrlDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        return null;
      }
      String canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      return canonical.equals(text) ? bytes : null;
    }
  }
}
