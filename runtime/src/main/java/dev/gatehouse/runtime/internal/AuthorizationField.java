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

  /**
   * The split field; {@code scheme} and {@code credentials} are set only where they exist. {@code
   * token68} says the credentials are one RFC 9110 {@code token68} (and so free of control
   * characters): the pass that rules out control characters has already looked, so a scheme taking
   * a token68 need not scan the credentials again.
   */
  record Parsed(Kind kind, Reason reason, String scheme, String credentials, boolean token68) {}

  private static final Parsed ABSENT = new Parsed(Kind.ABSENT, null, null, null, false);

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
    // The field as sent, in the expected spelling almost always: then no copy of it.
    String scheme = value.startsWith(schemeWord) ? schemeWord : value.substring(0, schemeEnd);
    if (value.length() == schemeEnd) {
      return new Parsed(Kind.SCHEME_ONLY, null, scheme, null, false);
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
    int start = schemeEnd;
    while (value.charAt(start) == ' ') {
      start++; // terminates: value does not end with a space
    }
    // Up to here the value holds a token, spaces and no control character. One pass over the
    // credentials answers both questions for the common case: a token68 holds no control character.
    boolean token68 = Ascii.isToken68(value, start);
    if (!token68 && Ascii.indexOfCtl(value) >= 0) {
      return rejected(Reason.CONTROL_CHARACTER);
    }
    return new Parsed(Kind.CREDENTIALS, null, scheme, value.substring(start), token68);
  }

  private static Parsed rejected(Reason reason) {
    return new Parsed(Kind.REJECTED, reason, null, null, false);
  }
}
