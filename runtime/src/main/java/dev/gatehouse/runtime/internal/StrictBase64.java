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

  /** Standard-alphabet sextet of each character up to U+00FF, or -1 (so also for "="). */
  private static final byte[] SEXTETS = new byte[0x100];

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
    return Optional.ofNullable(decode(text, 0));
  }

  /**
   * The octets {@code text} encodes from index {@code from} to its end, or null when that is not
   * canonical base64: what {@link #decode(String)} does, without a copy of the encoded text (the
   * credentials of an {@code Authorization} field are decoded where they stand in the line).
   */
  static byte[] decode(String text, int from) {
    int n = text.length() - from;
    if (n <= 0 || n % 4 != 0) {
      return null;
    }
    int last = text.length() - 1;
    int padding = text.charAt(last) != '=' ? 0 : text.charAt(last - 1) != '=' ? 1 : 2;
    byte[] out = new byte[n / 4 * 3 - padding];
    // The padded group is decoded on its own below.
    int whole = padding == 0 ? text.length() : text.length() - 4;
    int o = 0;
    for (int i = from; i < whole; i += 4) {
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
      return out;
    }
    int a = sextet(text.charAt(last - 3));
    int b = sextet(text.charAt(last - 2));
    if (padding == 2) {
      // "xy==": one octet; the four low bits of y are unused and must be zero (canonical).
      if ((a | b) < 0 || (b & 0x0f) != 0) {
        return refuse(out);
      }
      out[o] = (byte) (a << 2 | b >> 4);
      return out;
    }
    // "xyz=": two octets; the two low bits of z are unused and must be zero.
    int c = sextet(text.charAt(last - 1));
    if ((a | b | c) < 0 || (c & 0x03) != 0) {
      return refuse(out);
    }
    out[o++] = (byte) (a << 2 | b >> 4);
    out[o] = (byte) (b << 4 | c >> 2);
    return out;
  }

  /** The sextet of {@code c}, or -1; no branch: from U+0100 up the mask is all ones. */
  private static int sextet(char c) {
    return SEXTETS[c & 0xff] | (0xff - c) >> 31;
  }

  /** Nothing decoded so far outlives a refusal. */
  private static byte[] refuse(byte[] partial) {
    Arrays.fill(partial, (byte) 0);
    return null;
  }
}
