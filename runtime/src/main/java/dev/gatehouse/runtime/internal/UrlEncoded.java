package dev.gatehouse.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict {@code application/x-www-form-urlencoded} parsing of a raw query string or form body
 * (security rules 1.3.3 and 1.8.3).
 *
 * <p>Only {@code &} separates pairs ({@code ;} is data); {@code +} is a space; every {@code %} must
 * start a two-hex-digit escape; raw characters must be visible ASCII; names and values must decode
 * to well-formed UTF-8. Any violation anywhere makes the whole input malformed, because lenient
 * parsers disagree about what such input means.
 */
final class UrlEncoded {

  /** The values found for one name, or {@code wellFormed == false} and no values. */
  record Lookup(boolean wellFormed, List<String> values) {}

  private static final Lookup MALFORMED = new Lookup(false, List.of());

  private UrlEncoded() {}

  /** Every value of {@code name} (compared after decoding, case-sensitively), in order. */
  static Lookup find(String raw, String name) {
    List<String> values = new ArrayList<>(1);
    int start = 0;
    while (start <= raw.length()) {
      int end = raw.indexOf('&', start);
      if (end < 0) {
        end = raw.length();
      }
      if (end > start) {
        int eq = raw.indexOf('=', start);
        int nameEnd = eq >= 0 && eq < end ? eq : end;
        String decodedName = decode(raw, start, nameEnd);
        String decodedValue = nameEnd < end ? decode(raw, nameEnd + 1, end) : "";
        if (decodedName == null || decodedValue == null) {
          return MALFORMED;
        }
        if (decodedName.equals(name)) {
          values.add(decodedValue);
        }
      }
      start = end + 1;
    }
    return new Lookup(true, List.copyOf(values));
  }

  /** Decodes {@code raw[from, to)}, or returns null when it is not strictly encoded UTF-8. */
  private static String decode(String raw, int from, int to) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int high = i + 2 < to ? Ascii.hexDigit(raw.charAt(i + 1)) : -1;
        int low = i + 2 < to ? Ascii.hexDigit(raw.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c > 0x20 && c < 0x7f) {
        bytes.write(c);
      } else {
        return null;
      }
    }
    return Utf8.decode(bytes.toByteArray()).orElse(null);
  }
}
