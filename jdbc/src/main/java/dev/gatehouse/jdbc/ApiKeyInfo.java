package dev.gatehouse.jdbc;

import java.time.Instant;
import java.util.Set;

/**
 * What the store knows about one key, without its digest.
 *
 * @param keyId the non-secret key id
 * @param principal who the key authenticates
 * @param scopes the scopes it grants
 * @param createdAt when it was issued
 * @param expiresAt when it stops working, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 * @param replacedBy the key id of its successor after a rotation, or {@code null}
 * @param lastUsedAt when it was last accepted, as written behind (see {@link JdbcApiKeys}), or
 *     {@code null}
 */
public record ApiKeyInfo(
    String keyId,
    String principal,
    Set<String> scopes,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    String replacedBy,
    Instant lastUsedAt) {

  public ApiKeyInfo {
    scopes = Set.copyOf(scopes);
  }

  /** Whether a check at {@code now} accepts the key (not revoked, not expired). */
  public boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
