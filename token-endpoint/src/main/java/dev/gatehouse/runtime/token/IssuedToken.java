package dev.gatehouse.runtime.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A signed access token that {@link TokenIssuer} made, with the facts the token response reports.
 *
 * @param value the compact JWS; a bearer credential, so never log it
 * @param tokenId the {@code jti} claim, safe to log as the token's fingerprint (ASVS 16.2.5)
 * @param issuedAt the {@code iat} claim
 * @param expiresAt the {@code exp} claim
 * @param scopes the granted scopes, in the order written to the {@code scope} claim
 */
public record IssuedToken(
    String value, String tokenId, Instant issuedAt, Instant expiresAt, List<String> scopes) {

  /** Checks that every part is present and copies the scopes. */
  public IssuedToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    scopes = List.copyOf(scopes);
  }

  /** The lifetime, the response's {@code expires_in}. */
  public Duration expiresIn() {
    return Duration.between(issuedAt, expiresAt);
  }

  /** Shows the {@code jti}, times and scopes, never the token. */
  @Override
  public String toString() {
    return "IssuedToken[jti="
        + tokenId
        + ", issuedAt="
        + issuedAt
        + ", expiresAt="
        + expiresAt
        + ", scopes="
        + scopes
        + "]";
  }
}
