package dev.gatehouse.runtime.internal;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Decodes RFC 4648 section 4 base64 accepting only the canonical encoding (decision P2): standard
 * alphabet, length a multiple of four, correct padding, zero unused bits, no whitespace.
 *
 * <p>{@link Base64#getDecoder()} alone accepts missing padding and non-zero unused bits, so one
 * credential would have several encodings; requiring the unused bits to be zero (what re-encoding
 * and comparing checked, without a second copy of the secret) leaves exactly one.
 */
final class StrictBase64 {

  private StrictBase64() {}

  /** The decoded octets, or empty when {@code text} is not canonical base64. */
  static Optional<byte[]> decode(String text) {
    if (text.isEmpty() || text.length() % 4 != 0 || !alphabetAndPadding(text)) {
      return Optional.empty();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!zeroUnusedBits(text)) {
      Arrays.fill(decoded, (byte) 0);
      return Optional.empty();
    }
    return Optional.of(decoded);
  }

  /**
   * Whether the bits the padding leaves unused are zero, that is, whether re-encoding the decoded
   * octets gives {@code text} back: for text that passed {@link #alphabetAndPadding} and decoded,
   * the only other spelling of the same octets differs in the last character before the padding.
   */
  private static boolean zeroUnusedBits(String text) {
    int n = text.length();
    int padding = text.charAt(n - 1) != '=' ? 0 : text.charAt(n - 2) != '=' ? 1 : 2;
    if (padding == 0) {
      return true;
    }
    int unusedMask = padding == 1 ? 0x03 : 0x0f;
    return (sextet(text.charAt(n - 1 - padding)) & unusedMask) == 0;
  }

  /** The value of a standard-alphabet base64 character. */
  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : 63;
  }

  private static boolean alphabetAndPadding(String text) {
    int n = text.length();
    int padding = 0;
    while (padding < 2 && text.charAt(n - 1 - padding) == '=') {
      padding++;
    }
    for (int i = 0; i < n - padding; i++) {
      char c = text.charAt(i);
      if (!Ascii.isAlphaOrDigit(c) && c != '+' && c != '/') {
        return false;
      }
    }
    return true;
  }
}
