package dev.gatehouse.processor.validate;

import java.util.Optional;

/** Character-level rules shared by the checks: HTTP tokens, realms and OAuth2 scope tokens. */
final class Syntax {
  private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

  private Syntax() {}

  /** Why {@code s} is not an RFC 9110 token, or empty when it is one. */
  static Optional<String> notToken(String s) {
    if (s.isEmpty()) {
      return Optional.of("it is empty");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || TCHAR_SYMBOLS.indexOf(c) >= 0;
      if (!ok) {
        return Optional.of("it contains " + describe(c));
      }
    }
    return Optional.empty();
  }

  /** Why {@code realm} cannot be sent as a quoted string, or empty when it can. */
  static Optional<String> badRealm(String realm) {
    for (int i = 0; i < realm.length(); i++) {
      char c = realm.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e) {
        return Optional.of(describe(c));
      }
    }
    return Optional.empty();
  }

  /** Why {@code scope} is not an RFC 6749 scope-token, or empty when it is one. */
  static Optional<String> notScopeToken(String scope) {
    if (scope.isEmpty()) {
      return Optional.of("it is empty");
    }
    for (int i = 0; i < scope.length(); i++) {
      char c = scope.charAt(i);
      if (c <= 0x20 || c == '"' || c == '\\' || c > 0x7e) {
        return Optional.of("it contains " + describe(c));
      }
    }
    return Optional.empty();
  }

  static String describe(char c) {
    if (c == ' ') {
      return "a space";
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format(java.util.Locale.ROOT, "the control character U+%04X", (int) c);
    }
    if (c > 0x7e) {
      return String.format(
          java.util.Locale.ROOT, "the non-ASCII character '%c' (U+%04X)", c, (int) c);
    }
    return "'" + c + "'";
  }
}
