package dev.gatehouse.runtime.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Strict UTF-8 decoding: malformed input, overlong forms and encoded surrogates are reported, never
 * replaced with U+FFFD (security rules 1.2.3).
 */
public final class Utf8 {

  private Utf8() {}

  /** The decoded text, or empty when {@code bytes} are not well-formed UTF-8. */
  static Optional<String> decode(byte[] bytes) {
    if (isAscii(bytes)) {
      // ASCII is well-formed UTF-8 and decodes to the same chars; no decoder, no char[] copy.
      return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
    }
    CharBuffer chars;
    try {
      chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    String text = chars.toString();
    if (chars.hasArray()) {
      // Wipe the decoder's copy; the String is all that is left of a password.
      Arrays.fill(chars.array(), '\0');
    }
    return Optional.of(text);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The UTF-8 length of well-formed {@code s}, without making a copy (it may be a password). */
  public static int encodedLength(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
