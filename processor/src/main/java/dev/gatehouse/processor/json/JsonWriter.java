package dev.gatehouse.processor.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Prints JSON exactly one way, so that equal trees give equal bytes on every platform: members in
 * their object's order, two spaces of indentation per level, {@code "name": value}, one member or
 * element per line, {@code {}} and {@code []} when empty, {@code \n} line ends, UTF-8. Strings
 * escape {@code "}, {@code \} and the control characters below U+0020 ({@code \b \t \n \f \r} by
 * their short forms, the others as {@code \}{@code u00XX} in upper-case hexadecimal) and nothing
 * else; numbers print as their Java types' {@code toString()}.
 *
 * <p>This is the layout the document had when Jackson's pretty printer wrote it (the golden files
 * of the processor's tests hold it; {@code JsonWriterTest} compares the two on random trees).
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Deeper trees are refused (as Jackson's default write constraints did), never a stack overflow.
   */
  static final int MAX_DEPTH = 1000;

  private JsonWriter() {}

  /** {@code value} printed, with a final newline, as UTF-8 bytes. */
  public static byte[] document(Object value) {
    StringBuilder out = new StringBuilder(4096);
    write(out, JsonValues.check(value), 0, true);
    out.append('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code value} printed, without a final newline. */
  public static String print(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, JsonValues.check(value), 0, true);
    return out.toString();
  }

  /** {@code value} on one line, without white space: {@code {"a":[1,2]}}. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, JsonValues.check(value), 0, false);
    return out.toString();
  }

  /** Prints {@code value} at nesting {@code level}, one member or element per line if pretty. */
  private static void write(StringBuilder out, Object value, int level, boolean pretty) {
    if (value instanceof String text) {
      quote(out, text);
    } else if ((value instanceof JsonObject || value instanceof JsonArray) && level >= MAX_DEPTH) {
      throw tooDeep();
    } else if (value instanceof JsonObject object) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> member : object.members()) {
        separate(out, first, level + 1, pretty);
        first = false;
        quote(out, member.getKey());
        out.append(pretty ? ": " : ":");
        write(out, member.getValue(), level + 1, pretty);
      }
      close(out, first, level, pretty, '}');
    } else if (value instanceof JsonArray array) {
      out.append('[');
      boolean first = true;
      for (Object element : array.values()) {
        separate(out, first, level + 1, pretty);
        first = false;
        write(out, element, level + 1, pretty);
      }
      close(out, first, level, pretty, ']');
    } else if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static IllegalArgumentException tooDeep() {
    return new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
  }

  /** Before a member or element: a comma unless it is the first, then its line if pretty. */
  private static void separate(StringBuilder out, boolean first, int level, boolean pretty) {
    if (!first) {
      out.append(',');
    }
    if (pretty) {
      newline(out, level);
    }
  }

  /** The closing bracket, on its own line if pretty and the container was not empty. */
  private static void close(StringBuilder out, boolean empty, int level, boolean pretty, char c) {
    if (pretty && !empty) {
      newline(out, level);
    }
    out.append(c);
  }

  private static void newline(StringBuilder out, int level) {
    out.append('\n');
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, from, i);
      from = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(text, from, text.length()).append('"');
  }
}
