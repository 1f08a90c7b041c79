package dev.gatehouse.processor.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads JSON text (RFC 8259) into this package's values, strictly: one value with optional white
 * space around it, no comments, no trailing commas, no duplicate member names, no unpaired
 * surrogate escapes, nesting at most {@value #MAX_DEPTH} deep. Integers read as {@link Long} (or
 * {@link BigInteger} beyond it), other numbers as {@link BigDecimal}. Anything else is a {@link
 * MalformedJsonException} saying where.
 */
public final class JsonReader {
  static final int MAX_DEPTH = 256;

  private final String text;
  private int pos;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Thrown for text that is not one JSON value. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message, int offset) {
      super(message + " at offset " + offset);
    }
  }

  /** The value {@code text} holds. */
  public static Object read(String text) throws MalformedJsonException {
    JsonReader reader = new JsonReader(text);
    reader.skipWhiteSpace();
    Object value = reader.value(0);
    reader.skipWhiteSpace();
    if (reader.pos != text.length()) {
      throw reader.error("text after the value");
    }
    return value;
  }

  private Object value(int depth) throws MalformedJsonException {
    if (pos >= text.length()) {
      throw error("end of text where a value was expected");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character");
      }
    };
  }

  private JsonObject object(int depth) throws MalformedJsonException {
    checkDepth(depth);
    pos++; // {
    JsonObject object = new JsonObject();
    skipWhiteSpace();
    if (peek() == '}') {
      pos++;
      return object;
    }
    while (true) {
      skipWhiteSpace();
      if (peek() != '"') {
        throw error("member name expected");
      }
      int at = pos;
      String name = string();
      if (object.has(name)) {
        throw error("duplicate member name", at);
      }
      skipWhiteSpace();
      expect(':');
      skipWhiteSpace();
      object.set(name, value(depth));
      skipWhiteSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return object;
      }
    }
  }

  private JsonArray array(int depth) throws MalformedJsonException {
    checkDepth(depth);
    pos++; // [
    JsonArray array = new JsonArray();
    skipWhiteSpace();
    if (peek() == ']') {
      pos++;
      return array;
    }
    while (true) {
      skipWhiteSpace();
      array.add(value(depth));
      skipWhiteSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return array;
      }
    }
  }

  private String string() throws MalformedJsonException {
    pos++; // "
    StringBuilder out = null;
    int from = pos;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String value =
            out == null ? text.substring(from, pos) : out.append(text, from, pos).toString();
        pos++;
        return value;
      }
      if (c < 0x20) {
        throw error("unescaped control character in a string");
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder();
      }
      out.append(text, from, pos);
      pos++;
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> unicodeEscape(out);
        default -> throw error("unknown escape", pos - 1);
      }
      from = pos;
    }
  }

  /** Appends the character of a {@code \}{@code uXXXX} escape; a surrogate only in a pair. */
  private void unicodeEscape(StringBuilder out) throws MalformedJsonException {
    char c = hex4();
    if (Character.isHighSurrogate(c)) {
      if (!text.startsWith("\\u", pos)) {
        throw error("unpaired surrogate escape");
      }
      pos += 2;
      char low = hex4();
      if (!Character.isLowSurrogate(low)) {
        throw error("unpaired surrogate escape");
      }
      out.append(c).append(low);
      return;
    }
    if (Character.isLowSurrogate(c)) {
      throw error("unpaired surrogate escape");
    }
    out.append(c);
  }

  private char hex4() throws MalformedJsonException {
    if (pos + 4 > text.length()) {
      throw error("short unicode escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      char h = text.charAt(pos + i);
      int digit =
          h >= '0' && h <= '9'
              ? h - '0'
              : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0) {
        throw error("bad unicode escape");
      }
      value = value * 16 + digit;
    }
    pos += 4;
    return (char) value;
  }

  private Object number() throws MalformedJsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw error("digit expected");
    }
    boolean integer = true;
    if (peek() == '.') {
      integer = false;
      pos++;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      integer = false;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits();
    }
    String number = text.substring(start, pos);
    if (!integer) {
      return new BigDecimal(number);
    }
    BigInteger value = new BigInteger(number);
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  private void digits() throws MalformedJsonException {
    if (!isDigit(peek())) {
      throw error("digit expected");
    }
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) throws MalformedJsonException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected character");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws MalformedJsonException {
    if (peek() != c) {
      throw error("'" + c + "' expected");
    }
    pos++;
  }

  /** The next character, or -1 at the end. */
  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private void skipWhiteSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void checkDepth(int depth) throws MalformedJsonException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
  }

  private MalformedJsonException error(String message) {
    return error(message, pos);
  }

  private static MalformedJsonException error(String message, int offset) {
    return new MalformedJsonException(message, offset);
  }
}
