package dev.gatehouse.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one parser of RFC 6749 section 3.3 scope lists, {@code scope-token *( SP scope-token )} with
 * {@code scope-token = 1*( %x21 / %x23-5B / %x5D-7E )}, used by the token endpoint and the JWT
 * scope claim alike (issue 21: malformed lists are refused, never repaired).
 *
 * <p>Exactly one space separates tokens: a leading, trailing or doubled space, a TAB, a quote, a
 * backslash or any non-ASCII character makes the whole list malformed. Callers decide what an empty
 * string means (an omitted parameter at the token endpoint, no scopes in a claim) before calling.
 */
public final class ScopeList {

  private ScopeList() {}

  /** The tokens of a well-formed non-empty list in order (repeats kept), or empty if malformed. */
  public static Optional<List<String>> parse(String list) {
    if (list == null || list.isEmpty()) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = list.indexOf(' ', start);
      String token = list.substring(start, end < 0 ? list.length() : end);
      if (!isScopeToken(token)) {
        return Optional.empty();
      }
      tokens.add(token);
      if (end < 0) {
        return Optional.of(tokens);
      }
      start = end + 1;
    }
  }

  /** RFC 6749 section 3.3 {@code scope-token}: 1*( %x21 / %x23-5B / %x5D-7E ). */
  public static boolean isScopeToken(String token) {
    if (token == null || token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
