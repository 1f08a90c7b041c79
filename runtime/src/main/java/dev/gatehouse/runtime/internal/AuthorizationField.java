package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.util.List;

/**
 * Reads the singleton {@code Authorization} field and splits {@code auth-scheme [ 1*SP credentials
 * ]} for one expected scheme (RFC 9110 section 11.4, security rules 1.1).
 */
final class AuthorizationField {

  /** What the field says about the expected scheme. */
  enum Kind {
    /** No field, an empty one, or another scheme: nothing for this scheme. */
    ABSENT,
    /** The scheme word alone, with nothing after it. */
    SCHEME_ONLY,
    /** The scheme word, spaces, and non-empty {@link Parsed#credentials()}. */
    CREDENTIALS,
    /** Rejected for {@link Parsed#reason()}. */
    REJECTED
  }

  /** The split field; {@code scheme} and {@code credentials} are set only where they exist. */
  record Parsed(Kind kind, Reason reason, String scheme, String credentials) {}

  private static final Parsed ABSENT = new Parsed(Kind.ABSENT, null, null, null);

  private AuthorizationField() {}

  /** Reads {@code request}'s {@code Authorization} field for {@code schemeWord}. */
  static Parsed read(RequestView request, String schemeWord) {
    List<String> lines = request.headers("authorization");
    if (lines.isEmpty()) {
      return ABSENT;
    }
    if (lines.size() > 1) {
      // P1: a singleton field sent twice is refused, never "first wins".
      return rejected(Reason.DUPLICATE_AUTHORIZATION);
    }
    return parse(lines.get(0), schemeWord);
  }

  /** Splits one field value for {@code schemeWord}. */
  static Parsed parse(String line, String schemeWord) {
    String value = Ascii.stripOws(line);
    // The scan stops one past the expected length, so a huge value costs nothing here.
    int schemeEnd = Ascii.tcharRun(value, 0, schemeWord.length() + 1);
    if (schemeEnd != schemeWord.length() || !Ascii.startsWithIgnoreCase(value, schemeWord)) {
      return ABSENT;
    }
    String scheme = value.substring(0, schemeEnd);
    if (value.length() == schemeEnd) {
      return new Parsed(Kind.SCHEME_ONLY, null, scheme, null);
    }
    if (value.length() > Limits.FIELD_LINE_CHARS) {
      return rejected(Reason.TOO_LARGE);
    }
    char separator = value.charAt(schemeEnd);
    if (separator != ' ') {
      // 1*SP: a TAB is not a separator; other CTLs are reported as such.
      boolean ctl = Ascii.isCtl(separator) && separator != '\t';
      return rejected(ctl ? Reason.CONTROL_CHARACTER : Reason.BAD_SCHEME_SEPARATOR);
    }
    if (Ascii.indexOfCtl(value) >= 0) {
      return rejected(Reason.CONTROL_CHARACTER);
    }
    int start = schemeEnd;
    while (value.charAt(start) == ' ') {
      start++; // terminates: value does not end with a space
    }
    return new Parsed(Kind.CREDENTIALS, null, scheme, value.substring(start));
  }

  private static Parsed rejected(Reason reason) {
    return new Parsed(Kind.REJECTED, reason, null, null);
  }
}
