package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.StoredUser;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Verifies HTTP Basic credentials against the {@code gatehouse_user} table, for services that run
 * as several replicas on one PostgreSQL database. The checks are {@link PasswordUsers}' (one hash
 * comparison per attempt, a dummy hash for unknown users, disabled accounts refused after the
 * comparison), with the table as the lookup.
 *
 * <pre>{@code
 * PasswordHasher hasher = PasswordHashers.upgrading(
 *     Argon2idPasswordHasher.owasp(), PasswordHasher.pbkdf2Sha256());
 * JdbcUsers users = JdbcUsers.builder(dataSource, hasher).build();
 * gatehouse.basic("BasicAuth", users);
 * users.admin().create("alice", "correct horse".toCharArray(), Set.of("read"));
 * }</pre>
 *
 * <p><b>Rehash on login.</b> After a successful login whose stored hash {@link
 * PasswordHasher#needsRehash needs a rehash}, the fresh hash is written with a compare-and-set on
 * the old one, so a password changed meanwhile is never overwritten.
 *
 * <p><b>Staleness bound.</b> Rows (and the absence of a row) are cached for at most {@link
 * Builder#cacheTtl} (5 seconds by default, at most {@link Builder#cacheSize} rows): a password
 * change, disabling or deletion through another replica takes effect here within that time, and at
 * once through this instance's {@link #admin()}.
 *
 * <p><b>Outage.</b> When the database cannot be reached and the cache has no fresh row, the check
 * throws {@link VerifierUnavailableException}: 503 with {@code Retry-After}, never an accept.
 *
 * <p>Thread-safe. Never logs; no password or hash in a message or {@code toString()}.
 */
public final class JdbcUsers implements Verifier<BasicCredentials> {
  static final String STORE = "the user store";

  private final DataSource dataSource;
  private final PasswordHasher hasher;
  private final BoundedCache<StoredUser> cache;
  private final Duration retryAfter;
  private final PasswordUsers users;
  private final UserAdmin admin;

  private JdbcUsers(Builder b) {
    this.dataSource = b.dataSource;
    this.hasher = b.hasher;
    this.cache = new BoundedCache<>(b.cacheTtl, b.cacheSize);
    this.retryAfter = b.retryAfter;
    this.users = PasswordUsers.lookingUp(hasher, this::lookup, this::rehash);
    this.admin = new UserAdmin(this);
  }

  /** Starts a verifier on the tables {@link GatehouseSchema#migrate} created. */
  public static Builder builder(DataSource dataSource, PasswordHasher hasher) {
    return new Builder(
        Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(hasher, "hasher"));
  }

  /** Creates, changes and removes accounts, updating this instance's cache at once. */
  public UserAdmin admin() {
    return admin;
  }

  @Override
  public Verification verify(BasicCredentials credentials) throws VerifierUnavailableException {
    try {
      return users.verify(credentials);
    } catch (Unreachable e) {
      throw StoreOutage.unavailable(STORE, retryAfter, e.getCause());
    }
  }

  @Override
  public String toString() {
    return "JdbcUsers[" + hasher + ", cache for " + cache.ttl() + "]";
  }

  PasswordHasher hasher() {
    return hasher;
  }

  DataSource dataSource() {
    return dataSource;
  }

  void forget(String name) {
    cache.invalidate(name);
  }

  private Optional<StoredUser> lookup(String name) {
    try {
      long now = TimeUnit.NANOSECONDS.toMillis(System.nanoTime()); // monotonic: no clock here
      return Optional.ofNullable(cache.get(name, now, this::load));
    } catch (SQLException e) {
      throw new Unreachable(e);
    }
  }

  private StoredUser load(String name) throws SQLException {
    if (name.length() > UserAdmin.MAX_NAME_LENGTH) {
      return null; // no such row can exist; spare the database
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT name, password_hash, scopes, enabled"
                    + " FROM gatehouse_user WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new StoredUser(
            rs.getString("name"),
            rs.getString("password_hash"),
            Rows.scopes(rs, "scopes"),
            rs.getBoolean("enabled"));
      }
    }
  }

  private void rehash(StoredUser user, String fresh) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE gatehouse_user"
                    + " SET password_hash = ?, updated_at = now() WHERE name = ? AND password_hash = ?")) {
      update.setString(1, fresh);
      update.setString(2, user.name());
      update.setString(3, user.encodedHash());
      update.executeUpdate();
      forget(user.name());
    } catch (SQLException e) {
      throw new Unreachable(e); // ignored by PasswordUsers: the login stands
    }
  }

  /** Carries a database failure out of the lookup function, which cannot throw it. */
  private static final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(SQLException cause) {
      super(null, cause, false, false);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** Settings of a {@link JdbcUsers}; not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private final PasswordHasher hasher;
    private Duration cacheTtl = Duration.ofSeconds(5);
    private int cacheSize = 10_000;
    private Duration retryAfter = Duration.ofSeconds(5);

    private Builder(DataSource dataSource, PasswordHasher hasher) {
      this.dataSource = dataSource;
      this.hasher = hasher;
    }

    /**
     * How long a looked-up row may be reused: the staleness bound, in whole milliseconds (0, or
     * less than a millisecond, disables the cache).
     */
    public Builder cacheTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("the cache TTL must not be negative");
      }
      this.cacheTtl = ttl;
      return this;
    }

    /** The most rows cached. */
    public Builder cacheSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("the cache size must be positive");
      }
      this.cacheSize = size;
      return this;
    }

    /** The {@code Retry-After} sent while the database is unreachable. */
    public Builder retryAfter(Duration retryAfter) {
      if (retryAfter.isNegative() || retryAfter.isZero()) {
        throw new IllegalArgumentException("Retry-After must be positive");
      }
      this.retryAfter = retryAfter;
      return this;
    }

    /** Returns the verifier, computing the dummy hash once (one full-cost hash). */
    public JdbcUsers build() {
      return new JdbcUsers(this);
    }
  }
}
