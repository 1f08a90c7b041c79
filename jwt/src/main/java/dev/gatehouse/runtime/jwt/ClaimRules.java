package dev.gatehouse.runtime.jwt;

import dev.gatehouse.runtime.Confirmation;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.internal.ScopeList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claim checks of a {@link JwtVerifier}, run after the signature verified: times with a bounded
 * skew, exact issuer and audience, required subject, and the scope claim (security rules 1.4 step
 * 12, decision P11).
 */
final class ClaimRules {
  /** 9999-12-31T23:59:59Z: a NumericDate beyond it is refused as out of range. */
  private static final double MAX_NUMERIC_DATE = 253_402_300_799d;

  private final String issuer;
  private final String audience;
  private final double skewSeconds;
  private final Clock clock;
  private final String scopeClaim;
  private final String principalClaim;

  /** The audience a token's {@code aud} must contain. */
  String audience() {
    return audience;
  }

  private final boolean accessTokenProfile;

  ClaimRules(
      String issuer,
      String audience,
      Duration skew,
      Clock clock,
      String scopeClaim,
      String principalClaim,
      boolean accessTokenProfile) {
    this.issuer = issuer;
    this.audience = audience;
    this.skewSeconds = skew.toMillis() / 1000d;
    this.clock = clock;
    this.scopeClaim = scopeClaim;
    this.principalClaim = principalClaim;
    this.accessTokenProfile = accessTokenProfile;
  }

  /** The exact {@code iss} these rules accept. */
  String issuer() {
    return issuer;
  }

  /** The principal and scopes the claims grant, or the first rule they break. */
  Verification check(Map<String, Object> claims) throws TokenRejected {
    double now = clock.millis() / 1000d;
    Double exp = numericDate(claims, "exp");
    if (exp == null) {
      throw new TokenRejected(JwtRejection.MISSING_CLAIM);
    }
    if (!(now < exp + skewSeconds)) {
      throw new TokenRejected(JwtRejection.EXPIRED);
    }
    Double nbf = numericDate(claims, "nbf");
    if (nbf != null && now < nbf - skewSeconds) {
      throw new TokenRejected(JwtRejection.NOT_YET_VALID);
    }
    Double iat = numericDate(claims, "iat");
    if (iat != null && iat > now + skewSeconds) {
      throw new TokenRejected(JwtRejection.ISSUED_IN_FUTURE);
    }
    // Exact, case-sensitive comparison; no trailing-slash normalisation (RFC 8725 section 3.8).
    if (!issuer.equals(string(claims, "iss"))) {
      throw new TokenRejected(JwtRejection.WRONG_ISSUER);
    }
    checkAudience(claims.get("aud"));
    String subject = string(claims, "sub");
    if (accessTokenProfile) {
      // RFC 9068 section 2.2 makes these required in an access token.
      if (iat == null) {
        throw new TokenRejected(JwtRejection.MISSING_CLAIM);
      }
      string(claims, "client_id");
      string(claims, "jti");
    }
    String principal = principalClaim.equals("sub") ? subject : string(claims, principalClaim);
    Verification granted =
        Verification.granted(principal, new VerifiedJwt(principal, claims), scopes(claims));
    Confirmation cnf = confirmation(claims.get("cnf"));
    granted = cnf.isBound() ? granted.withConfirmation(cnf) : granted;
    return granted.withAuthenticationContext(acr(claims), authTime(claims));
  }

  /**
   * The {@code acr} claim (RFC 9470 section 4, OpenID Connect Core section 2) when it is a
   * non-empty string; anything else (absent, a number, an array, an object) is no {@code acr}, so a
   * step-up operation requiring one refuses the token while other operations are unaffected.
   */
  static String acr(Map<String, Object> claims) {
    return claims.get("acr") instanceof String acr && !acr.isEmpty() ? acr : null;
  }

  /**
   * The {@code auth_time} claim when it is a NumericDate in range; anything else is no {@code
   * auth_time}, refused by a step-up operation with {@code max_age} and ignored by the others.
   */
  static Instant authTime(Map<String, Object> claims) {
    if (!(claims.get("auth_time") instanceof Number number)) {
      return null;
    }
    double seconds = number.doubleValue();
    if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_NUMERIC_DATE) {
      return null;
    }
    return Instant.ofEpochMilli((long) Math.floor(seconds * 1000d));
  }

  /**
   * The {@code jkt} (RFC 9449 section 6) and {@code x5t#S256} (RFC 8705 section 3.1) members of a
   * {@code cnf} claim (RFC 7800); other members are ignored. A {@code cnf} that is not an object,
   * or one of these members that is not a base64url SHA-256 thumbprint, refuses the token.
   */
  static Confirmation confirmation(Object cnf) throws TokenRejected {
    if (cnf == null) {
      return Confirmation.NONE;
    }
    if (!(cnf instanceof Map<?, ?> members)) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    return new Confirmation(thumbprint(members.get("jkt")), thumbprint(members.get("x5t#S256")));
  }

  private static String thumbprint(Object value) throws TokenRejected {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || text.length() != 43) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        throw new TokenRejected(JwtRejection.INVALID_CLAIM);
      }
    }
    return text;
  }

  private void checkAudience(Object aud) throws TokenRejected {
    if (aud == null) {
      throw new TokenRejected(JwtRejection.MISSING_CLAIM);
    }
    if (aud instanceof String single) {
      if (!single.equals(audience)) {
        throw new TokenRejected(JwtRejection.WRONG_AUDIENCE);
      }
      return;
    }
    if (!(aud instanceof List<?> list)) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    boolean found = false;
    for (Object item : list) {
      if (!(item instanceof String value)) {
        throw new TokenRejected(JwtRejection.INVALID_CLAIM);
      }
      found |= value.equals(audience);
    }
    if (!found) {
      throw new TokenRejected(JwtRejection.WRONG_AUDIENCE);
    }
  }

  /**
   * The configured claim as an RFC 6749 section 3.3 scope list (RFC 9068 section 2.2.3: one SP
   * between scope-tokens, no leading, trailing or doubled space) or an array of scope-tokens. An
   * empty string or array grants no scope; anything else malformed refuses the token (issue 21).
   */
  private Set<String> scopes(Map<String, Object> claims) throws TokenRejected {
    if (!claims.containsKey(scopeClaim)) {
      return Set.of();
    }
    Object value = claims.get(scopeClaim);
    if (value instanceof String text) {
      if (text.isEmpty()) {
        return Set.of();
      }
      return new LinkedHashSet<>(
          ScopeList.parse(text).orElseThrow(() -> new TokenRejected(JwtRejection.INVALID_CLAIM)));
    }
    if (value instanceof List<?> list) {
      Set<String> scopes = new LinkedHashSet<>();
      for (Object item : list) {
        if (!(item instanceof String piece) || !ScopeList.isScopeToken(piece)) {
          throw new TokenRejected(JwtRejection.INVALID_CLAIM);
        }
        scopes.add(piece);
      }
      return scopes;
    }
    throw new TokenRejected(JwtRejection.INVALID_CLAIM);
  }

  /** A required non-empty string claim. */
  private static String string(Map<String, Object> claims, String name) throws TokenRejected {
    Object value = claims.get(name);
    if (value == null) {
      throw new TokenRejected(JwtRejection.MISSING_CLAIM);
    }
    if (!(value instanceof String text) || text.isEmpty()) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    return text;
  }

  /** An optional NumericDate (may be fractional); null when absent. */
  private static Double numericDate(Map<String, Object> claims, String name) throws TokenRejected {
    Object value = claims.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number number)) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    double seconds = number.doubleValue();
    if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_NUMERIC_DATE) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    return seconds;
  }
}
