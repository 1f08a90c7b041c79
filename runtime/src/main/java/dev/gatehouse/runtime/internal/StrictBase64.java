package dev.gatehouse.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Decodes RFC 4648 section 4 base64 accepting only the canonical encoding (decision P2): standard
 * alphabet, length a multiple of four, correct padding, zero unused bits, no whitespace.
 *
 * <p>{@link Base64#getDecoder()} alone accepts missing padding and non-zero unused bits, so one
 * credential would have several encodings; re-encoding and comparing leaves exactly one.
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
    byte[] reencoded = Base64.getEncoder().encode(decoded);
    if (!new String(reencoded, StandardCharsets.US_ASCII).equals(text)) {
      Arrays.fill(decoded, (byte) 0);
      return Optional.empty();
    }
    return Optional.of(decoded);
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
