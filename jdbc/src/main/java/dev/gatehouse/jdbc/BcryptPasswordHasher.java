package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.PasswordHasher;
import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt, computed by Bouncy Castle's {@code OpenBSDBCrypt}; needs {@code
 * org.bouncycastle:bcprov-jdk18on} on the class path. Prefer {@link Argon2idPasswordHasher} for new
 * systems; use this one to verify (and, with {@link PasswordHashers#upgrading}, replace) hashes
 * from systems that used bcrypt.
 *
 * <p>Hashes use the usual modular-crypt form {@code $2b$<cost>$<salt and hash>}; {@code $2a$} and
 * {@code $2y$} hashes are verified too. bcrypt reads at most 72 bytes of a password; rather than
 * silently ignore the rest (ASVS 6.2.8 forbids truncation), this hasher refuses to hash a longer
 * password and never matches one. Stored hashes with a cost above {@value #MAX_COST} are refused
 * without computing. Thread-safe; never logs.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  /** OWASP's minimum work factor for bcrypt. */
  public static final int DEFAULT_COST = 10;

  public static final int MIN_COST = 4;
  public static final int MAX_COST = 16;

  /** The longest password bcrypt can tell apart, in UTF-8 bytes. */
  public static final int MAX_PASSWORD_BYTES = 72;

  private final int cost;
  private final SecureRandom random = new SecureRandom();

  private BcryptPasswordHasher(int cost) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException(
          "the bcrypt cost must be between " + MIN_COST + " and " + MAX_COST);
    }
    this.cost = cost;
  }

  /** bcrypt with cost {@value #DEFAULT_COST}. */
  public static BcryptPasswordHasher standard() {
    return new BcryptPasswordHasher(DEFAULT_COST);
  }

  /** bcrypt with the given cost (log2 of the rounds). */
  public static BcryptPasswordHasher withCost(int cost) {
    return new BcryptPasswordHasher(cost);
  }

  @Override
  public String hash(char[] password) {
    byte[] bytes = Passwords.utf8(CharBuffer.wrap(password), MAX_PASSWORD_BYTES);
    if (bytes == null) {
      throw Passwords.refused(MAX_PASSWORD_BYTES);
    }
    Arrays.fill(bytes, (byte) 0);
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return OpenBSDBCrypt.generate("2b", password, salt, cost);
  }

  @Override
  public boolean matches(String password, String encoded) {
    if (cost(encoded) < 0) {
      return false;
    }
    byte[] bytes = Passwords.utf8(password, MAX_PASSWORD_BYTES);
    if (bytes == null) {
      return false;
    }
    Arrays.fill(bytes, (byte) 0);
    char[] chars = password.toCharArray();
    try {
      return OpenBSDBCrypt.checkPassword(encoded, chars); // compares in constant time
    } catch (RuntimeException e) {
      return false; // a malformed salt or hash part; the message is not passed on
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  @Override
  public boolean needsRehash(String encoded) {
    int stored = cost(encoded);
    return stored < cost || !encoded.startsWith("$2b$");
  }

  @Override
  public String toString() {
    return "BcryptPasswordHasher[cost=" + cost + "]";
  }

  /** The cost of a well-formed bcrypt string within bounds, or -1. */
  private static int cost(String encoded) {
    if (encoded == null
        || encoded.length() != 60
        || encoded.charAt(0) != '$'
        || encoded.charAt(1) != '2'
        || "aby".indexOf(encoded.charAt(2)) < 0
        || encoded.charAt(3) != '$'
        || encoded.charAt(6) != '$') {
      return -1;
    }
    char tens = encoded.charAt(4);
    char ones = encoded.charAt(5);
    if (tens < '0' || tens > '3' || ones < '0' || ones > '9') {
      return -1;
    }
    int cost = (tens - '0') * 10 + (ones - '0');
    return cost >= MIN_COST && cost <= MAX_COST ? cost : -1;
  }
}
