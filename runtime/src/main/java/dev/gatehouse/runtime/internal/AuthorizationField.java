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
   * The split field; {@code scheme} is set only where it exists, and the credentials are {@code
   * value} from index {@code start} on ({@link #credentials()}), where there are some. {@code
   * token68} says the credentials are one RFC 9110 {@code token68} (and so free of control
   * characters): the pass that rules out control characters has already looked, so a scheme taking
   * a token68 need not scan the credentials again.
   */
  record Parsed(Kind kind, Reason reason, String scheme, String value, int start, boolean token68) {

    /** The credentials after the scheme and its spaces; null unless {@link Kind#CREDENTIALS}. */
    String credentials() {
      return value == null ? null : value.substring(start);
    }

    /** Kind, reason and scheme only: the field's value is a credential. */
    @Override
    public String toString() {
      return "Parsed[kind=" + kind + ", reason=" + reason + ", scheme=" + scheme + "]";
    }
  }

  private static final Parsed ABSENT = new Parsed(Kind.ABSENT, null, null, null, 0, false);

  private AuthorizationField() {}

  /** Reads {@code request}'s {@code Authorization} field for {@code schemeWord}. */
  static Parsed read(RequestView request, String schemeWord) {
    return read(request, schemeWord, true);
  }

  /**
   * {@link #read(RequestView, String)} without the pass over the credentials: a {@link
   * Kind#CREDENTIALS} answer has not been checked for control characters or the token68 grammar,
   * and its {@link Parsed#token68()} is false. For a scheme whose own decoding accepts a subset of
   * token68 (Basic's canonical base64) and, when it refuses the credentials, asks {@link #parse}
   * for the reason.
   */
  static Parsed readUnchecked(RequestView request, String schemeWord) {
    return read(request, schemeWord, false);
  }

  private static Parsed read(RequestView request, String schemeWord, boolean check) {
    List<String> lines = request.headers("authorization");
    if (lines.isEmpty()) {
      return ABSENT;
    }
    if (lines.size() > 1) {
      // P1: a singleton field sent twice is refused, never "first wins".
      return rejected(Reason.DUPLICATE_AUTHORIZATION);
    }
    return parse(lines.get(0), schemeWord, check);
  }

  /** Splits one field value for {@code schemeWord}. */
  static Parsed parse(String line, String schemeWord) {
    return parse(line, schemeWord, true);
  }

  private static Parsed parse(String line, String schemeWord, boolean check) {
    String value = Ascii.stripOws(line);
    int schemeEnd = schemeWord.length();
    String scheme;
    if (value.startsWith(schemeWord)
        && value.length() > schemeEnd
        && value.charAt(schemeEnd) == ' ') {
      // The expected spelling and a space, as clients send it: the scheme word ends there.
      scheme = schemeWord;
    } else {
      // The scan stops one past the expected length, so a huge value costs nothing here.
      schemeEnd = Ascii.tcharRun(value, 0, schemeWord.length() + 1);
      if (schemeEnd != schemeWord.length() || !Ascii.startsWithIgnoreCase(value, schemeWord)) {
        return ABSENT;
      }
      // The field as sent: no copy of it in the expected spelling.
      scheme = value.startsWith(schemeWord) ? schemeWord : value.substring(0, schemeEnd);
    }
    if (value.length() == schemeEnd) {
      return new Parsed(Kind.SCHEME_ONLY, null, scheme, null, 0, false);
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
    if (!check) {
      return new Parsed(Kind.CREDENTIALS, null, scheme, value, start, false);
    }
    // Up to here the value holds a token, spaces and no control character. One pass over the
    // credentials answers both questions for the common case: a token68 holds no control character.
    boolean token68 = Ascii.isToken68(value, start);
    if (!token68 && Ascii.indexOfCtl(value) >= 0) {
      return rejected(Reason.CONTROL_CHARACTER);
    }
    return new Parsed(Kind.CREDENTIALS, null, scheme, value, start, token68);
  }

  private static Parsed rejected(Reason reason) {
    return new Parsed(Kind.REJECTED, reason, null, null, 0, false);
  }
}
