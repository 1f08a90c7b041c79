package dev.gatehouse.runtime.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.runtime.Verification;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link JwtVerifier#check}: the verified principal, scopes and claims, or the
 * fixed-vocabulary reason the token was refused.
 */
public final class JwtCheck {
  private final Verification verification;
  private final JwtRejection rejection;
  private final JWTClaimsSet claims;

  private JwtCheck(Verification verification, JwtRejection rejection, JWTClaimsSet claims) {
    this.verification = verification;
    this.rejection = rejection;
    this.claims = claims;
  }

  static JwtCheck accepted(Verification verification, JWTClaimsSet claims) {
    return new JwtCheck(Objects.requireNonNull(verification), null, Objects.requireNonNull(claims));
  }

  static JwtCheck rejected(JwtRejection rejection) {
    return new JwtCheck(Verification.rejected(), Objects.requireNonNull(rejection), null);
  }

  /** Whether the token was accepted. */
  public boolean isValid() {
    return rejection == null;
  }

  /** The result for the decision layer; {@link Verification#rejected()} when refused. */
  public Verification verification() {
    return verification;
  }

  /** Why the token was refused; empty when it was accepted. */
  public Optional<JwtRejection> rejection() {
    return Optional.ofNullable(rejection);
  }

  /** The verified claims; empty when the token was refused. */
  public Optional<JWTClaimsSet> claims() {
    return Optional.ofNullable(claims);
  }

  /** Shows the outcome and reason code only, never token content (ASVS 16.2.5). */
  @Override
  public String toString() {
    return isValid() ? "JwtCheck[valid]" : "JwtCheck[rejected, " + rejection + "]";
  }
}
