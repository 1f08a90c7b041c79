package dev.gatehouse.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The shape of the API keys Gatehouse issues: {@code <prefix>_<key id>_<secret><checksum>}, such as
 * {@code gk_4fTq0bXw9LmZc2Ra_} followed by 49 more letters and digits.
 *
 * <ul>
 *   <li>the prefix (default {@code gk}) lets secret scanners find leaked keys: register {@link
 *       #pattern()} with yours;
 *   <li>the key id, 16 random base62 characters, is not secret: it is the primary key of the key's
 *       row, so a check is one index lookup;
 *   <li>the secret is 43 random base62 characters (256 bits from {@link SecureRandom});
 *   <li>the checksum is the CRC-32 of everything before it, as 6 base62 characters, so a mistyped
 *       or truncated key is refused without a database lookup.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ApiKeyFormat {
  static final int KEY_ID_LENGTH = 16;
  static final int SECRET_LENGTH = 43;
  static final int CHECKSUM_LENGTH = 6;
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]{1,15}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String prefix;
  private final int length;

  private ApiKeyFormat(String prefix) {
    this.prefix = prefix;
    this.length = prefix.length() + 2 + KEY_ID_LENGTH + SECRET_LENGTH + CHECKSUM_LENGTH;
  }

  /** The format with the prefix {@code gk}. */
  public static ApiKeyFormat standard() {
    return withPrefix("gk");
  }

  /**
   * A format with the application's own prefix: 2 to 16 lowercase ASCII letters and digits,
   * starting with a letter (e.g. {@code acme}).
   */
  public static ApiKeyFormat withPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "an API key prefix must be 2 to 16 lowercase letters and digits, starting with a letter");
    }
    return new ApiKeyFormat(prefix);
  }

  /** The prefix, without the underscore. */
  public String prefix() {
    return prefix;
  }

  /** The length of every key of this format. */
  public int length() {
    return length;
  }

  /** A regular expression matching exactly the keys of this format, for secret scanners. */
  public String pattern() {
    return "\\b"
        + prefix
        + "_[0-9A-Za-z]{"
        + KEY_ID_LENGTH
        + "}_[0-9A-Za-z]{"
        + (SECRET_LENGTH + CHECKSUM_LENGTH)
        + "}\\b";
  }

  /** A sentence for the OpenAPI description of an API-key scheme. */
  public String description() {
    return "API keys look like "
        + prefix
        + "_ followed by a 16-character key id, an underscore"
        + " and 49 letters and digits (secret and CRC-32 checksum).";
  }

  /** A new random key id. */
  String newKeyId() {
    return random(KEY_ID_LENGTH);
  }

  /** A new key with the given id: a fresh secret and its checksum. */
  String newKey(String keyId) {
    String body = prefix + "_" + keyId + "_" + random(SECRET_LENGTH);
    return body + checksum(body);
  }

  /**
   * The key id of a presented key that has this format's length, prefix and separators, or null;
   * its characters and checksum are not checked ({@link #keyId} does).
   */
  String shapedKeyId(String key) {
    if (key == null
        || key.length() != length
        || !key.startsWith(prefix)
        || key.charAt(prefix.length()) != '_'
        || key.charAt(prefix.length() + 1 + KEY_ID_LENGTH) != '_') {
      return null;
    }
    int idStart = prefix.length() + 1;
    return key.substring(idStart, idStart + KEY_ID_LENGTH);
  }

  /**
   * The key id of a presented key, or empty when it is not a well-formed key of this format with a
   * correct checksum. Runs in time that depends only on the key's length.
   */
  public Optional<String> keyId(String key) {
    if (key == null
        || key.length() != length
        || !key.startsWith(prefix)
        || key.charAt(prefix.length()) != '_'
        || key.charAt(prefix.length() + 1 + KEY_ID_LENGTH) != '_') {
      return Optional.empty();
    }
    int idStart = prefix.length() + 1;
    int secretStart = idStart + KEY_ID_LENGTH + 1;
    for (int i = idStart; i < length; i++) {
      if (i != secretStart - 1 && !isBase62(key.charAt(i))) {
        return Optional.empty();
      }
    }
    int checksumStart = length - CHECKSUM_LENGTH;
    if (!checksumMatches(key, checksumStart)) {
      return Optional.empty();
    }
    return Optional.of(key.substring(idStart, idStart + KEY_ID_LENGTH));
  }

  /** Whether {@code keyId} could be a key id of any format (for admin methods). */
  static boolean isKeyId(String keyId) {
    if (keyId == null || keyId.length() != KEY_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < keyId.length(); i++) {
      if (!isBase62(keyId.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBase62(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Whether the last {@link #CHECKSUM_LENGTH} characters of {@code key} are the checksum of the
   * {@code bodyLength} before them; compares every digit, without building strings.
   */
  private static boolean checksumMatches(String key, int bodyLength) {
    CRC32 crc = new CRC32();
    // The characters were checked to be ASCII: ISO-8859-1 encodes them as their own bytes, with a
    // plain copy of a compact string, and the array form of update runs the vectorised CRC.
    crc.update(key.getBytes(StandardCharsets.ISO_8859_1), 0, bodyLength);
    long value = crc.getValue();
    int differences = 0;
    for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
      differences |= key.charAt(bodyLength + i) ^ BASE62.charAt((int) (value % 62));
      value /= 62;
    }
    return differences == 0;
  }

  private static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] out = new char[CHECKSUM_LENGTH];
    for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
      out[i] = BASE62.charAt((int) (value % 62));
      value /= 62;
    }
    return new String(out);
  }

  private static String random(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = BASE62.charAt(RANDOM.nextInt(62)); // uniform: nextInt rejects the biased range
    }
    return new String(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiKeyFormat other && other.prefix.equals(prefix);
  }

  @Override
  public int hashCode() {
    return prefix.hashCode();
  }

  @Override
  public String toString() {
    return "ApiKeyFormat[" + prefix + "_...]";
  }
}
