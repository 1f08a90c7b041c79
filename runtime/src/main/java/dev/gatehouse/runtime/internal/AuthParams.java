package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Extraction.Reason;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses an RFC 9110 section 11.2 {@code #auth-param} list: {@code token BWS "=" BWS ( token /
 * quoted-string )}, separated by commas with optional spaces, empty elements tolerated.
 *
 * <p>Names are folded to ASCII lower case and may appear once; quoted-string values are unquoted
 * and their quoted-pairs unescaped exactly once. Callers have already refused control characters,
 * so the only whitespace left to skip is SP.
 */
final class AuthParams {

  /** The parameters in order sent, or the reason they could not be parsed ({@code params} null). */
  record Parsed(Map<String, String> params, Reason reason) {}

  private final String text;
  private int pos;

  private AuthParams(String text) {
    this.text = text;
  }

  /** Parses {@code text}, which must hold at least one parameter. */
  static Parsed parse(String text) {
    return new AuthParams(text).parseList();
  }

  private Parsed parseList() {
    Map<String, String> params = new LinkedHashMap<>();
    while (true) {
      while (pos < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == ' ')) {
        pos++;
      }
      if (pos == text.length()) {
        break;
      }
      int nameEnd = Ascii.tcharRun(text, pos, text.length());
      if (nameEnd == pos) {
        return failed(Reason.BAD_AUTH_PARAM);
      }
      String name = Ascii.toLowerCase(text.substring(pos, nameEnd));
      pos = nameEnd;
      skipSpaces();
      if (pos == text.length() || text.charAt(pos) != '=') {
        return failed(Reason.BAD_AUTH_PARAM);
      }
      pos++;
      skipSpaces();
      String value = pos < text.length() && text.charAt(pos) == '"' ? quotedString() : token();
      if (value == null) {
        return failed(Reason.BAD_AUTH_PARAM);
      }
      if (params.put(name, value) != null) {
        return failed(Reason.DUPLICATE_AUTH_PARAM);
      }
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) != ',') {
        return failed(Reason.BAD_AUTH_PARAM);
      }
    }
    return params.isEmpty()
        ? failed(Reason.BAD_AUTH_PARAM)
        : new Parsed(Collections.unmodifiableMap(params), null);
  }

  private String token() {
    int end = Ascii.tcharRun(text, pos, text.length());
    if (end == pos) {
      return null;
    }
    String token = text.substring(pos, end);
    pos = end;
    return token;
  }

  /** RFC 9110 section 5.6.4; {@code pos} is at the opening quote. */
  private String quotedString() {
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\') {
        if (pos == text.length()) {
          return null;
        }
        c = text.charAt(pos++);
      }
      if (Ascii.isCtl(c) && c != '\t') {
        return null;
      }
      value.append(c);
    }
    return null; // no closing quote
  }

  private void skipSpaces() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  private static Parsed failed(Reason reason) {
    return new Parsed(null, reason);
  }
}
