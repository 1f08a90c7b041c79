package dev.gatehouse.runtime.jwt;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The principal of a bearer token that {@link JwtVerifier}, {@link MultiIssuerJwtVerifier} or
 * {@link IntrospectionVerifier} accepted: its verified claims, read-only (Spring's {@code Jwt},
 * Quarkus's {@code JsonWebToken}). Ask for it with {@code caller.principal(VerifiedJwt.class)}.
 *
 * <p>{@link #toString()} names the subject and issuer only: claims may be personal data.
 */
public final class VerifiedJwt implements Principal {
  private final String name;
  private final Map<String, Object> claims;

  VerifiedJwt(String name, Map<String, Object> claims) {
    this.name = Objects.requireNonNull(name, "name");
    this.claims = readOnly(claims);
  }

  /** The principal's name: {@code sub}, or the claim the verifier was told to use. */
  @Override
  public String getName() {
    return name;
  }

  /** Every verified claim, read-only (nested objects and arrays too), in the token's order. */
  public Map<String, Object> claims() {
    return claims;
  }

  /** The claim {@code name}, as JSON made it (String, Number, Boolean, List, Map), or empty. */
  public Optional<Object> claim(String name) {
    return Optional.ofNullable(claims.get(name));
  }

  /** The claim {@code name} if it is a string, else empty. */
  public Optional<String> stringClaim(String name) {
    return claims.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** {@code sub}, if the token has one. */
  public Optional<String> subject() {
    return stringClaim("sub");
  }

  /** {@code iss}. */
  public String issuer() {
    return stringClaim("iss").orElse("");
  }

  /** {@code exp}, the expiry the verifier checked. */
  public Optional<Instant> expiresAt() {
    return claims.get("exp") instanceof Number n
        ? Optional.of(Instant.ofEpochSecond(n.longValue()))
        : Optional.empty();
  }

  /**
   * {@code acr}, the authentication context class the user authenticated in (RFC 9470), if it is a
   * non-empty string; what {@code @StepUp(acrValues = ...)} compares.
   */
  public Optional<String> acr() {
    return Optional.ofNullable(ClaimRules.acr(claims));
  }

  /**
   * {@code auth_time}, when the user authenticated (RFC 9470), if it is a NumericDate in range;
   * what {@code @StepUp(maxAge = ...)} measures.
   */
  public Optional<Instant> authTime() {
    return Optional.ofNullable(ClaimRules.authTime(claims));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifiedJwt v && v.name.equals(name) && v.claims.equals(claims);
  }

  @Override
  public int hashCode() {
    return claims.hashCode();
  }

  @Override
  public String toString() {
    return "VerifiedJwt[sub="
        + subject().orElse("-")
        + ", iss="
        + issuer()
        + ", "
        + claims.size()
        + " claims]";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readOnly(Map<String, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, readOnlyValue(v)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object readOnlyValue(Object value) {
    if (value instanceof Map<?, ?> m) {
      return readOnly((Map<String, ?>) m);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(v -> copy.add(readOnlyValue(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
