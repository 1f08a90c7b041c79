package dev.gatehouse.it.soak;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a verifier must answer for one credential: granted to a principal with scopes, or rejected
 * with the Bearer {@code error_description} the runtime documents for the reason (null when the
 * verifier gives none).
 */
record Verdict(boolean granted, String principal, Set<String> scopes, String description) {
  static final String EXPIRED = "The access token expired";
  static final String NOT_YET_VALID = "The access token is not valid yet";
  static final String WRONG_AUDIENCE = "The access token audience is not accepted";
  static final String WRONG_ISSUER = "The access token issuer is not accepted";
  static final String MISSING_CLAIM = "The access token lacks a required claim";
  static final String BAD_SIGNATURE = "The access token signature is invalid";
  static final String UNKNOWN_KEY = "The access token signing key is unknown";
  static final String DISALLOWED_ALGORITHM = "The access token algorithm is not accepted";
  static final String MALFORMED = "The access token is malformed";

  static Verdict granted(String principal, Set<String> scopes) {
    return new Verdict(true, principal, Set.copyOf(new TreeSet<>(scopes)), null);
  }

  static Verdict rejected(String description) {
    return new Verdict(false, null, Set.of(), description);
  }
}
