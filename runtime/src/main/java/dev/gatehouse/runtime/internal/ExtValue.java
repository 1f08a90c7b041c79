package dev.gatehouse.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Decodes an RFC 8187 {@code ext-value} ({@code charset "'" [ language ] "'" value-chars}), as used
 * by Digest's {@code username*}; only the UTF-8 charset is accepted.
 */
final class ExtValue {

  private static final String ATTR_SYMBOLS = "!#$&+-.^_`|~";

  private ExtValue() {}

  /** The decoded value, or empty when {@code text} is not a strict UTF-8 ext-value. */
  static Optional<String> decode(String text) {
    int first = text.indexOf('\'');
    int second = first < 0 ? -1 : text.indexOf('\'', first + 1);
    if (second < 0 || !Ascii.equalsIgnoreCase(text.substring(0, first), "UTF-8")) {
      return Optional.empty();
    }
    for (int i = first + 1; i < second; i++) {
      char c = text.charAt(i);
      if (!Ascii.isAlphaOrDigit(c) && c != '-') {
        return Optional.empty(); // language tag characters only
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = second + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? Ascii.hexDigit(text.charAt(i + 1)) : -1;
        int low = i + 2 < text.length() ? Ascii.hexDigit(text.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (Ascii.isAlphaOrDigit(c) || ATTR_SYMBOLS.indexOf(c) >= 0) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    return Utf8.decode(bytes.toByteArray());
  }
}
