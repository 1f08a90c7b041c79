package dev.gatehouse.runtime.token;

/** Character rules and escaping shared by the token endpoint's parsers and writers. */
final class Text {

  private Text() {}

  /** RFC 6749 section 3.3 {@code scope-token}: 1*( %x21 / %x23-5B / %x5D-7E ). */
  static boolean isScopeToken(String token) {
    return dev.gatehouse.runtime.internal.ScopeList.isScopeToken(token);
  }

  /** RFC 6749 section 5.2 {@code error_description} text: %x20-21 / %x23-5B / %x5D-7E. */
  static boolean isErrorText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** Whether {@code s} holds an RFC 5234 CTL (%x00-1F, %x7F). */
  static boolean hasCtl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** A JSON string literal; escapes quotes, backslashes and every non-ASCII or control char. */
  static String json(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * {@code value} safe for one log line: controls, format and separator chars as {@code \\uXXXX}.
   */
  static String escape(String value) {
    return dev.gatehouse.runtime.internal.Redaction.escape(value);
  }
}
