package dev.gatehouse.runtime.internal;

/**
 * Renders {@code WWW-Authenticate} challenges, one field value per challenge (security rules 1.1.7,
 * 1.2.13, 1.3.6-1.3.8, 1.7.1, 1.8.5).
 *
 * <p>Every argument is configuration or a fixed vocabulary, never request data. Values are
 * validated (no control or non-ASCII characters; the RFC 6750 charsets for {@code error}, {@code
 * error_description} and {@code scope}) and realms are written as quoted-strings with {@code "} and
 * {@code \} escaped; an invalid argument is a programming error and throws {@link
 * IllegalArgumentException}.
 */
public final class Challenges {

  private Challenges() {}

  /** {@code Basic realm="<realm>", charset="UTF-8"} (RFC 7617). */
  public static String basic(String realm) {
    return "Basic realm=" + quoted(realm) + ", charset=\"UTF-8\"";
  }

  /** {@code Bearer realm="<realm>"}, the challenge for a request without credentials. */
  public static String bearer(String realm) {
    return bearer(realm, null, null, null);
  }

  /**
   * {@code Bearer realm="<realm>"} followed by whichever of {@code error}, {@code
   * error_description} and {@code scope} are non-null, in that order (RFC 6750 section 3).
   *
   * @param error an error code such as {@code invalid_token}
   * @param errorDescription a fixed description, never request data
   * @param scope space-separated scope tokens
   */
  public static String bearer(String realm, String error, String errorDescription, String scope) {
    StringBuilder challenge = new StringBuilder("Bearer realm=").append(quoted(realm));
    if (error != null) {
      challenge.append(", error=").append(quoted(requireErrorText(error, "error")));
    }
    if (errorDescription != null) {
      challenge
          .append(", error_description=")
          .append(quoted(requireErrorText(errorDescription, "error_description")));
    }
    if (scope != null) {
      challenge.append(", scope=").append(quoted(requireScope(scope)));
    }
    return challenge.toString();
  }

  /**
   * {@code DPoP realm="<realm>"[, error="<error>"][, error_description="..."], algs="<algs>"}, the
   * challenge of RFC 9449 section 7.1 for DPoP-bound tokens.
   *
   * @param algs the accepted proof algorithms, space-separated JWS {@code alg} names
   */
  public static String dpop(String realm, String error, String errorDescription, String algs) {
    return dpop(realm, error, errorDescription, null, algs);
  }

  /**
   * The {@code DPoP} challenge with RFC 6750's {@code scope} parameter too (RFC 9449 section 7.1:
   * the Bearer scheme's error codes and parameters apply), as a 403 {@code insufficient_scope}
   * names the scopes the operation requires.
   */
  static String dpop(
      String realm, String error, String errorDescription, String scope, String algs) {
    StringBuilder challenge = new StringBuilder("DPoP realm=").append(quoted(realm));
    if (error != null) {
      challenge.append(", error=").append(quoted(requireErrorText(error, "error")));
    }
    if (errorDescription != null) {
      challenge
          .append(", error_description=")
          .append(quoted(requireErrorText(errorDescription, "error_description")));
    }
    if (scope != null) {
      if (ScopeList.parse(scope).isEmpty()) {
        throw new IllegalArgumentException("scope must be scope-tokens separated by one space");
      }
      challenge.append(", scope=").append(quoted(scope));
    }
    if (ScopeList.parse(algs).isEmpty()) {
      throw new IllegalArgumentException("algs must be JWS algorithm names separated by one space");
    }
    return challenge.append(", algs=").append(quoted(algs)).toString();
  }

  /**
   * The challenge of RFC 9470 section 3 for a token whose user authentication does not meet the
   * operation's step-up requirement: {@code Bearer realm="<realm>",
   * error="insufficient_user_authentication", error_description="...", acr_values="a b",
   * max_age=N}, or the same in the {@code DPoP} scheme with its {@code algs} for a DPoP-bound token
   * (RFC 9449 section 7.1).
   *
   * @param dpopAlgs the accepted proof algorithms for a DPoP challenge, null for a Bearer one
   */
  static String stepUp(
      String realm, String errorDescription, StepUpRequirement requirement, String dpopAlgs) {
    String base =
        dpopAlgs == null
            ? bearer(realm, "insufficient_user_authentication", errorDescription, null)
            : dpop(realm, "insufficient_user_authentication", errorDescription, dpopAlgs);
    String parameters = requirement.challengeParameters();
    if (dpopAlgs == null) {
      return base + ", " + parameters;
    }
    // The step-up parameters before algs, so that the error's parameters stay together.
    int algs = base.lastIndexOf(", algs=");
    return base.substring(0, algs) + ", " + parameters + base.substring(algs);
  }

  /** {@code APIKey realm="<realm>"}, the project's challenge for API keys (decision P10). */
  public static String apiKey(String realm) {
    return "APIKey realm=" + quoted(realm);
  }

  /**
   * {@code Digest realm="<realm>", qop="auth", algorithm=SHA-256, nonce="<nonce>",
   * opaque="<opaque>", charset=UTF-8}, plus {@code , stale=true} when {@code stale} (RFC 7616).
   */
  public static String digest(String realm, String nonce, String opaque, boolean stale) {
    return digest(realm, "SHA-256", nonce, opaque, false, stale);
  }

  /**
   * One RFC 7616 challenge for {@code algorithm}: {@code Digest realm="<realm>", qop="auth",
   * algorithm=<algorithm>, nonce="<nonce>", opaque="<opaque>", charset=UTF-8}, then {@code ,
   * userhash=true} and {@code , stale=true} when asked.
   */
  public static String digest(
      String realm,
      String algorithm,
      String nonce,
      String opaque,
      boolean userhash,
      boolean stale) {
    if (!Ascii.isToken(algorithm)) {
      throw new IllegalArgumentException("algorithm must be an RFC 9110 token");
    }
    return "Digest realm="
        + quoted(realm)
        + ", qop=\"auth\", algorithm="
        + algorithm
        + ", nonce="
        + quoted(nonce)
        + ", opaque="
        + quoted(opaque)
        + ", charset=UTF-8"
        + (userhash ? ", userhash=true" : "")
        + (stale ? ", stale=true" : "");
  }

  /** {@code <scheme> realm="<realm>"} for any other scheme, the scheme word as declared. */
  public static String scheme(String scheme, String realm) {
    if (scheme == null || !Ascii.isToken(scheme)) {
      throw new IllegalArgumentException("scheme must be an RFC 9110 token");
    }
    return scheme + " realm=" + quoted(realm);
  }

  /**
   * {@code <scheme> realm="<realm>", error="<error>"[, scope="<scope>"]}: a 403's challenge for a
   * scheme other than Bearer whose credential lacks scopes or roles (issue 14); the parameters are
   * those of RFC 6750 section 3, which other schemes' clients may ignore (RFC 9110 section 11.2).
   */
  public static String withError(String scheme, String realm, String error, String scope) {
    StringBuilder challenge = new StringBuilder(scheme(scheme, realm));
    challenge.append(", error=").append(quoted(requireErrorText(error, "error")));
    if (scope != null) {
      challenge.append(", scope=").append(quoted(requireScope(scope)));
    }
    return challenge.toString();
  }

  /** Whether {@code scope} is RFC 6749 scope-tokens separated by single spaces. */
  public static boolean isScope(String scope) {
    try {
      requireScope(scope);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** An RFC 9110 quoted-string of printable ASCII, escaping {@code "} and {@code \}. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException("challenge values must be printable ASCII");
      }
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /** RFC 6750 {@code error} and {@code error_description}: %x20-21 / %x23-5B / %x5D-7E. */
  private static String requireErrorText(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException(what + " has a character RFC 6750 forbids");
      }
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }

  /** RFC 6749 section 3.3: scope-tokens of %x21 / %x23-5B / %x5D-7E, separated by single spaces. */
  private static String requireScope(String scope) {
    if (ScopeList.parse(scope).isEmpty()) {
      throw new IllegalArgumentException(
          "scope must be RFC 6749 scope-tokens separated by one space");
    }
    return scope;
  }
}
