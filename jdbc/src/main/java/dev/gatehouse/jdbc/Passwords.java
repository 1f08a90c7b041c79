package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.PasswordHasher;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The password rules the Bouncy Castle hashers share with the runtime's PBKDF2 hasher. */
final class Passwords {
  private Passwords() {}

  /**
   * The password's UTF-8 bytes, or null when it is empty, longer than {@code maxBytes}, not
   * well-formed UTF-16 or contains U+0000. The caller wipes the array.
   */
  static byte[] utf8(CharSequence password, int maxBytes) {
    if (password == null || password.length() == 0 || password.length() > maxBytes) {
      return null;
    }
    for (int i = 0; i < password.length(); i++) {
      if (password.charAt(i) == '\0') {
        return null;
      }
    }
    ByteBuffer encoded;
    try {
      encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(password));
    } catch (CharacterCodingException e) {
      return null;
    }
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    if (encoded.hasArray()) {
      java.util.Arrays.fill(encoded.array(), (byte) 0);
    }
    if (bytes.length > maxBytes) {
      java.util.Arrays.fill(bytes, (byte) 0);
      return null;
    }
    return bytes;
  }

  static IllegalArgumentException refused(int maxBytes) {
    return new IllegalArgumentException(
        "the password must be non-empty, well-formed, free of"
            + " U+0000 and at most "
            + maxBytes
            + " UTF-8 bytes");
  }

  static final int MAX_BYTES = PasswordHasher.MAX_PASSWORD_BYTES;
}
