package dev.gatehouse.runtime.internal;

import java.util.List;

/**
 * Classifies a request's {@code Content-Type} for the RFC 6750 form-body transport (security rules
 * 1.3.2): a UTF-8 urlencoded form (exactly one field line, {@code
 * application/x-www-form-urlencoded} with type and subtype case-insensitive, no parameter other
 * than {@code charset=UTF-8}); an urlencoded form Gatehouse will not read (another charset or
 * parameter, or several field lines), which the extractor refuses rather than ignore, since a token
 * in it would be a hidden second transport; or no form at all (multipart, JSON ...), which the
 * transport does not apply to.
 */
final class FormContentType {

  /** What the field lines declare. */
  enum Kind {
    NOT_A_FORM,
    UTF8_FORM,
    UNREADABLE_FORM
  }

  private static final String FORM = "application/x-www-form-urlencoded";

  private FormContentType() {}

  static Kind classify(List<String> lines) {
    if (lines.isEmpty()) {
      return Kind.NOT_A_FORM;
    }
    boolean form = false;
    for (String line : lines) {
      form |=
          line.length() <= Limits.FIELD_LINE_CHARS
              && Ascii.equalsIgnoreCase(Ascii.stripOws(line.split(";", -1)[0]), FORM);
    }
    if (!form) {
      return Kind.NOT_A_FORM;
    }
    return lines.size() == 1 && isUrlEncodedUtf8(lines.get(0))
        ? Kind.UTF8_FORM
        : Kind.UNREADABLE_FORM;
  }

  private static boolean isUrlEncodedUtf8(String line) {
    String[] parts = line.split(";", -1);
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
