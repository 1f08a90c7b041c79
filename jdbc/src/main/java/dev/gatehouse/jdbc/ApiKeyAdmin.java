package dev.gatehouse.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Issues, revokes, rotates and lists API keys in the {@code gatehouse_api_key} table; get one from
 * {@link JdbcApiKeys#admin()}. Every method is one transaction, safe to call from many threads and
 * many replicas at once: a revocation is never lost to a concurrent rotation, and a key is rotated
 * at most once. Changes take effect at once on the instance that made them and within the
 * verifier's cache TTL on the others.
 *
 * <p>Methods throw {@link SQLException} when the database fails; nothing is half-done then.
 */
public final class ApiKeyAdmin {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS =
      "key_id, principal, scopes, created_at, expires_at,"
          + " revoked_at, replaced_by, last_used_at";

  private final JdbcApiKeys keys;

  ApiKeyAdmin(JdbcApiKeys keys) {
    this.keys = keys;
  }

  /**
   * Issues a key for {@code principal} granting {@code scopes}, valid until {@code expiresAt}
   * ({@code null}: until revoked). The returned {@link IssuedApiKey#key()} is the only copy.
   *
   * @throws IllegalArgumentException for an empty or over-long principal, a malformed scope or an
   *     expiry in the past
   */
  public IssuedApiKey issue(String principal, Set<String> scopes, Instant expiresAt)
      throws SQLException {
    Rows.checkedPrincipal(Objects.requireNonNull(principal, "principal"));
    Set<String> checked = Rows.checkedScopes(scopes);
    if (expiresAt != null && !expiresAt.isAfter(keys.clock().instant())) {
      throw new IllegalArgumentException("the expiry must be in the future");
    }
    try (Connection c = keys.dataSource().getConnection()) {
      return insert(c, principal, checked, expiresAt);
    }
  }

  /** Revokes a key at once; returns whether it was active (false if unknown or already revoked). */
  public boolean revoke(String keyId) throws SQLException {
    if (!ApiKeyFormat.isKeyId(keyId)) {
      return false;
    }
    try (Connection c = keys.dataSource().getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE gatehouse_api_key SET revoked_at = ?"
                    + " WHERE key_id = ? AND revoked_at IS NULL")) {
      update.setTimestamp(1, Rows.timestamp(keys.clock().instant()));
      update.setString(2, keyId);
      boolean changed = update.executeUpdate() == 1;
      keys.forget(keyId);
      return changed;
    }
  }

  /**
   * Replaces a key by a new one with the same principal, scopes and expiry; the old key keeps
   * working for {@code overlap} (or until its own expiry, if sooner) so clients can switch.
   *
   * @throws NoSuchElementException if there is no such key
   * @throws IllegalStateException if the key is revoked, expired or was already rotated
   */
  public IssuedApiKey rotate(String keyId, Duration overlap) throws SQLException {
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("the overlap must not be negative");
    }
    if (!ApiKeyFormat.isKeyId(keyId)) {
      throw new NoSuchElementException("no API key with that key id");
    }
    Instant now = keys.clock().instant();
    try (Connection c = keys.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        ApiKeyInfo old;
        try (PreparedStatement select =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM gatehouse_api_key WHERE key_id = ? FOR UPDATE")) {
          select.setString(1, keyId);
          try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
              throw new NoSuchElementException("no API key with that key id");
            }
            old = info(rs);
          }
        }
        if (old.replacedBy() != null) {
          throw new IllegalStateException("the API key was already rotated");
        }
        if (!old.activeAt(now)) {
          throw new IllegalStateException("the API key is revoked or expired");
        }
        IssuedApiKey fresh = insert(c, old.principal(), old.scopes(), old.expiresAt());
        Instant overlapEnd = now.plus(overlap);
        Instant oldExpiry =
            old.expiresAt() != null && old.expiresAt().isBefore(overlapEnd)
                ? old.expiresAt()
                : overlapEnd;
        try (PreparedStatement update =
            c.prepareStatement(
                "UPDATE gatehouse_api_key"
                    + " SET replaced_by = ?, expires_at = ? WHERE key_id = ?")) {
          update.setString(1, fresh.keyId());
          update.setTimestamp(2, Rows.timestamp(oldExpiry));
          update.setString(3, keyId);
          update.executeUpdate();
        }
        c.commit();
        keys.forget(keyId);
        return fresh;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The key with this id, if any. */
  public Optional<ApiKeyInfo> find(String keyId) throws SQLException {
    if (!ApiKeyFormat.isKeyId(keyId)) {
      return Optional.empty();
    }
    List<ApiKeyInfo> found = query("WHERE key_id = ?", keyId);
    return found.stream().findFirst();
  }

  /** Every key of {@code principal}, oldest first, revoked and expired ones included. */
  public List<ApiKeyInfo> list(String principal) throws SQLException {
    return query("WHERE principal = ? ORDER BY created_at, key_id", principal);
  }

  @Override
  public String toString() {
    return "ApiKeyAdmin[" + keys.format() + "]";
  }

  private List<ApiKeyInfo> query(String where, String value) throws SQLException {
    try (Connection c = keys.dataSource().getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT " + COLUMNS + " FROM gatehouse_api_key " + where)) {
      select.setString(1, value);
      List<ApiKeyInfo> out = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          out.add(info(rs));
        }
      }
      return out;
    }
  }

  private IssuedApiKey insert(Connection c, String principal, Set<String> scopes, Instant expiresAt)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String keyId = keys.format().newKeyId();
      String key = keys.format().newKey(keyId);
      // A savepoint keeps the caller's transaction usable if the (astronomically unlikely)
      // duplicate key id is hit.
      boolean tx = !c.getAutoCommit();
      var savepoint = tx ? c.setSavepoint() : null;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO gatehouse_api_key"
                  + " (key_id, principal, scopes, key_digest, created_at, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, keyId);
        insert.setString(2, principal);
        insert.setArray(3, Rows.textArray(c, scopes));
        insert.setBytes(4, keys.digest(key));
        insert.setTimestamp(5, Rows.timestamp(keys.clock().instant()));
        insert.setTimestamp(6, Rows.timestamp(expiresAt));
        insert.executeUpdate();
        keys.forget(keyId); // a cached "unknown" for this id must not outlive the insert
        return new IssuedApiKey(keyId, key, principal, scopes, expiresAt);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt >= 2) {
          throw e;
        }
        if (savepoint != null) {
          c.rollback(savepoint);
        }
      }
    }
  }

  private static ApiKeyInfo info(ResultSet rs) throws SQLException {
    return new ApiKeyInfo(
        rs.getString("key_id"),
        rs.getString("principal"),
        Rows.scopes(rs, "scopes"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "expires_at"),
        Rows.instant(rs, "revoked_at"),
        rs.getString("replaced_by"),
        Rows.instant(rs, "last_used_at"));
  }
}
