package dev.gatehouse.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path split into decoded segments by the one set of rules every adapter shares, refusing
 * every spelling that two HTTP stacks could route differently (docs/path-matching.md).
 *
 * @param segments the percent-decoded segments, without {@code ;} parameters; empty for {@code /}
 * @param trailingSlash whether the path ends with {@code /} after at least one segment
 */
public record RequestPath(List<String> segments, boolean trailingSlash) {
  /** Longer paths are refused; containers refuse far shorter request lines by default. */
  static final int MAX_LENGTH = 4096;

  public RequestPath {
    segments = List.copyOf(segments);
  }

  /**
   * Splits {@code raw}, the path exactly as received, on {@code /}, then strips each segment's
   * {@code ;} parameters and percent-decodes it; empty when the path must be refused: not starting
   * with {@code /}, an empty segment ({@code //}), a {@code .} or {@code ..} segment in any
   * spelling, a bad escape, malformed UTF-8, or a decoded {@code / \ ; %} or control character.
   */
  public static Optional<RequestPath> parse(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || raw.charAt(0) != '/') {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    int start = 1;
    while (start <= raw.length()) {
      int end = raw.indexOf('/', start);
      String segment = raw.substring(start, end < 0 ? raw.length() : end);
      if (end < 0 && segment.isEmpty()) {
        return Optional.of(new RequestPath(segments, !segments.isEmpty()));
      }
      Optional<String> decoded = segment(segment);
      if (decoded.isEmpty()) {
        return Optional.empty();
      }
      segments.add(decoded.get());
      start = end < 0 ? raw.length() + 1 : end + 1;
    }
    return Optional.of(new RequestPath(segments, false));
  }

  /** One segment, parameters stripped and decoded, or empty when it must be refused. */
  static Optional<String> segment(String raw) {
    int semicolon = raw.indexOf(';');
    Optional<String> text = decode(raw, semicolon < 0 ? raw.length() : semicolon);
    return text.filter(t -> !t.isEmpty() && !t.equals(".") && !t.equals(".."));
  }

  /**
   * The first {@code end} characters of {@code raw} percent-decoded as UTF-8, or empty when {@code
   * raw} has a character outside RFC 3986 {@code pchar}, a bad escape, malformed UTF-8, or when the
   * text has a {@code / \ ; %} or control character.
   */
  static Optional<String> decode(String raw, int end) {
    for (int i = 0; i < raw.length(); i++) {
      if (!isPathChar(raw.charAt(i))) {
        return Optional.empty();
      }
    }
    byte[] bytes = new byte[end];
    int n = 0;
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < end ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
        if (lo < 0) {
          return Optional.empty();
        }
        bytes[n++] = (byte) (hi << 4 | lo);
        i += 2;
      } else {
        bytes[n++] = (byte) c;
      }
    }
    Optional<String> text = Utf8.decode(java.util.Arrays.copyOf(bytes, n));
    for (int i = 0; text.isPresent() && i < text.get().length(); i++) {
      char c = text.get().charAt(i);
      if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ';' || c == '%') {
        return Optional.empty();
      }
    }
    return text;
  }

  /** The same path with the trailing slash added or removed; itself for {@code /}. */
  public RequestPath toggledTrailingSlash() {
    return segments.isEmpty() ? this : new RequestPath(segments, !trailingSlash);
  }

  /** RFC 3986 {@code pchar} plus {@code %}: unreserved, sub-delims, {@code :} and {@code @}. */
  private static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@%".indexOf(c) >= 0;
  }
}
