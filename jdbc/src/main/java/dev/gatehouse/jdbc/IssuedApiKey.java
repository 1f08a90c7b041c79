package dev.gatehouse.jdbc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A key just issued by {@link ApiKeyAdmin}: the only moment the key itself exists outside the
 * client. Hand {@link #key()} to the client once; Gatehouse keeps only its digest.
 *
 * @param keyId the non-secret key id, for revoking, rotating and logs
 * @param key the whole key; never shown by {@link #toString()}
 * @param principal who the key authenticates
 * @param scopes the scopes it grants
 * @param expiresAt when it stops working; {@code null} for never
 */
public record IssuedApiKey(
    String keyId, String key, String principal, Set<String> scopes, Instant expiresAt) {

  public IssuedApiKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(principal, "principal");
    scopes = Set.copyOf(scopes);
  }

  /** When the key stops working, if ever. */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(expiresAt);
  }

  /** Shows the key id, principal, scopes and expiry, never the key. */
  @Override
  public String toString() {
    return "IssuedApiKey[keyId="
        + keyId
        + ", key=****, principal="
        + principal
        + ", scopes="
        + scopes
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
