package dev.gatehouse.runtime;

import java.util.Arrays;

/**
 * Hashes passwords into self-describing encoded strings and checks passwords against them (ASVS
 * 11.4.2); {@link #pbkdf2Sha256()} is the built-in implementation.
 *
 * <p>Implementations verify a password exactly as received (no trimming, case folding or
 * truncation, ASVS 6.2.8), never log, never put a password or an encoded hash in an exception
 * message or {@code toString()}, and are thread-safe.
 */
public interface PasswordHasher {

  /** The PBKDF2-HMAC-SHA256 iteration count of {@link #pbkdf2Sha256()} (OWASP, 2023). */
  int DEFAULT_PBKDF2_ITERATIONS = 600_000;

  /** The lowest PBKDF2 iteration count accepted, when hashing and when verifying. */
  int MIN_PBKDF2_ITERATIONS = 10_000;

  /**
   * The highest PBKDF2 iteration count accepted, which bounds the work one stored hash can cost.
   */
  int MAX_PBKDF2_ITERATIONS = 10_000_000;

  /** The longest password, in UTF-8 bytes, that PBKDF2 hashes; longer ones never match. */
  int MAX_PASSWORD_BYTES = 4096;

  /**
   * Returns PBKDF2-HMAC-SHA256 with {@value #DEFAULT_PBKDF2_ITERATIONS} iterations, a 16-byte
   * random salt and a 256-bit output, encoded as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
   * with salt and hash in unpadded base64url (RFC 4648 section 5).
   */
  static PasswordHasher pbkdf2Sha256() {
    return new Pbkdf2PasswordHasher(DEFAULT_PBKDF2_ITERATIONS);
  }

  /**
   * Returns PBKDF2-HMAC-SHA256 with {@code iterations} (between {@value #MIN_PBKDF2_ITERATIONS} and
   * {@value #MAX_PBKDF2_ITERATIONS}); use fewer than the default only in tests.
   */
  static PasswordHasher pbkdf2Sha256(int iterations) {
    return new Pbkdf2PasswordHasher(iterations);
  }

  /**
   * Hashes a password with a fresh random salt. The caller keeps ownership of the array and should
   * wipe it afterwards.
   *
   * @throws IllegalArgumentException if the password is empty, too long, not well-formed UTF-16 or
   *     contains U+0000 (the message never contains the password)
   */
  String hash(char[] password);

  /** Hashes a password; see {@link #hash(char[])}. */
  default String hash(String password) {
    char[] chars = password.toCharArray();
    try {
      return hash(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /**
   * Whether {@code password} is the one {@code encoded} was made from, compared in constant time.
   * Returns {@code false}, never throws, for a null argument or an encoded string this hasher does
   * not understand, and for passwords it would refuse to hash.
   */
  boolean matches(String password, String encoded);

  /**
   * Whether {@code encoded} should be replaced by a fresh {@link #hash} at the next successful
   * login: it is malformed, from another algorithm, or uses weaker parameters than this hasher.
   */
  boolean needsRehash(String encoded);
}
