package dev.gatehouse.runtime.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes RFC 4648 section 4 base64 accepting only the canonical encoding (decision P2): standard
 * alphabet, length a multiple of four, correct padding, zero unused bits, no whitespace.
 *
 * <p>{@link java.util.Base64#getDecoder()} alone accepts missing padding and non-zero unused bits,
 * so one credential would have several encodings; requiring the unused bits to be zero (what
 * re-encoding and comparing checked, without a second copy of the secret) leaves exactly one.
 */
final class StrictBase64 {

  /** Standard-alphabet sextet of each US-ASCII character, or -1 (so also for "="). */
  private static final byte[] SEXTETS = new byte[0x80];

  static {
    Arrays.fill(SEXTETS, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      SEXTETS[alphabet.charAt(i)] = (byte) i;
    }
  }

  private StrictBase64() {}

  /**
   * The decoded octets, or empty when {@code text} is not canonical base64. One pass: each group of
   * four characters is checked against the alphabet and decoded at once, straight from the string.
   */
  static Optional<byte[]> decode(String text) {
    int n = text.length();
    if (n == 0 || n % 4 != 0) {
      return Optional.empty();
    }
    int padding = text.charAt(n - 1) != '=' ? 0 : text.charAt(n - 2) != '=' ? 1 : 2;
    byte[] out = new byte[n / 4 * 3 - padding];
    int whole = padding == 0 ? n : n - 4; // the padded group is decoded on its own below
    int o = 0;
    for (int i = 0; i < whole; i += 4) {
      // A character outside the alphabet (or "=") is -1: shifted, it keeps the sign bit set.
      int group =
          sextet(text.charAt(i)) << 18
              | sextet(text.charAt(i + 1)) << 12
              | sextet(text.charAt(i + 2)) << 6
              | sextet(text.charAt(i + 3));
      if (group < 0) {
        return refuse(out);
      }
      out[o++] = (byte) (group >> 16);
      out[o++] = (byte) (group >> 8);
      out[o++] = (byte) group;
    }
    if (padding == 0) {
      return Optional.of(out);
    }
    int a = sextet(text.charAt(n - 4));
    int b = sextet(text.charAt(n - 3));
    if (padding == 2) {
      // "xy==": one octet; the four low bits of y are unused and must be zero (canonical).
      if ((a | b) < 0 || (b & 0x0f) != 0) {
        return refuse(out);
      }
      out[o] = (byte) (a << 2 | b >> 4);
      return Optional.of(out);
    }
    // "xyz=": two octets; the two low bits of z are unused and must be zero.
    int c = sextet(text.charAt(n - 2));
    if ((a | b | c) < 0 || (c & 0x03) != 0) {
      return refuse(out);
    }
    out[o++] = (byte) (a << 2 | b >> 4);
    out[o] = (byte) (b << 4 | c >> 2);
    return Optional.of(out);
  }

  private static int sextet(char c) {
    return c < 0x80 ? SEXTETS[c] : -1;
  }

  /** Nothing decoded so far outlives a refusal. */
  private static Optional<byte[]> refuse(byte[] partial) {
    Arrays.fill(partial, (byte) 0);
    return Optional.empty();
  }
}
