package dev.gatehouse.runtime.internal;

import java.util.List;

/**
 * Decides whether a {@code Content-Type} admits the RFC 6750 form-body transport: exactly one field
 * line, {@code application/x-www-form-urlencoded} (type and subtype case-insensitive), and no
 * parameter other than {@code charset=UTF-8} (security rules 1.3.2).
 */
final class FormContentType {

  private static final String FORM = "application/x-www-form-urlencoded";

  private FormContentType() {}

  static boolean isUrlEncodedUtf8(List<String> lines) {
    if (lines.size() != 1 || lines.get(0).length() > Limits.FIELD_LINE_CHARS) {
      return false;
    }
    String[] parts = lines.get(0).split(";", -1);
    if (!Ascii.equalsIgnoreCase(Ascii.stripOws(parts[0]), FORM)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = Ascii.stripOws(parts[i]);
      int eq = parameter.indexOf('=');
      if (eq < 0
          || !Ascii.equalsIgnoreCase(Ascii.stripOws(parameter.substring(0, eq)), "charset")) {
        return false;
      }
      String value = Ascii.stripOws(parameter.substring(eq + 1));
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      if (!Ascii.equalsIgnoreCase(value, "UTF-8")) {
        return false;
      }
    }
    return true;
  }
}
