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
final class Utf8 {

  private Utf8() {}

  /** The decoded text, or empty when {@code bytes} are not well-formed UTF-8. */
  static Optional<String> decode(byte[] bytes) {
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
}
