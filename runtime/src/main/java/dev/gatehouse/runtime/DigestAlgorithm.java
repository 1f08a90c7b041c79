package dev.gatehouse.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The RFC 7616 Digest algorithms Gatehouse accepts: SHA-256 and SHA-512-256 (security rules 1.7;
 * MD5 and the {@code -sess} variants are refused). Each names the value a {@link DigestUserStore}
 * keeps for a user, {@code H(username ":" realm ":" password)}, which differs per algorithm.
 */
public enum DigestAlgorithm {
  /** {@code algorithm=SHA-256}. */
  SHA_256("SHA-256", "SHA-256"),
  /** {@code algorithm=SHA-512-256}: SHA-512/256 (FIPS 180-4), the JDK's {@code SHA-512/256}. */
  SHA_512_256("SHA-512-256", "SHA-512/256");

  private final String token;
  private final String jcaName;

  DigestAlgorithm(String token, String jcaName) {
    this.token = token;
    this.jcaName = jcaName;
  }

  /** The {@code algorithm} auth-param value, such as {@code SHA-256}. */
  public String token() {
    return token;
  }

  /** The algorithm an {@code algorithm} value names (ASCII case-insensitively), if accepted. */
  public static Optional<DigestAlgorithm> fromToken(String value) {
    for (DigestAlgorithm a : values()) {
      if (value != null && asciiEqualsIgnoreCase(a.token, value)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Lower-case hex of this algorithm's hash of {@code text} in UTF-8 (RFC 7616 {@code H}). */
  public String hex(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The value to store for a user: {@code H(username ":" realm ":" password)} in lower-case hex
   * (RFC 7616 section 3.4.2). Compute it when the password is set and keep only this; it is
   * password-equivalent for this realm, so protect it like a password hash.
   */
  public String ha1(String username, String realm, char[] password) {
    MessageDigest digest = newDigest();
    digest.update((username + ":" + realm + ":").getBytes(StandardCharsets.UTF_8));
    java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
    byte[] raw = new byte[bytes.remaining()];
    bytes.get(raw);
    digest.update(raw);
    java.util.Arrays.fill(raw, (byte) 0);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** {@code H(username ":" realm)}, the user name a client sends with {@code userhash=true}. */
  public String userhash(String username, String realm) {
    return hex(username + ":" + realm);
  }

  private MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      // Both are required of every Java SE 17 platform.
      throw new IllegalStateException(jcaName + " is missing from this JDK", e);
    }
  }

  private static boolean asciiEqualsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (fold(a.charAt(i)) != fold(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Folds only A-Z (security rules 1.1.2). */
  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
