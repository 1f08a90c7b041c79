package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import dev.gatehouse.runtime.internal.KeyDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Verifies API keys issued by {@link ApiKeyAdmin} against the {@code gatehouse_api_key} table, for
 * services that run as several replicas on one PostgreSQL database.
 *
 * <pre>{@code
 * JdbcApiKeys keys = JdbcApiKeys.builder(dataSource).pepper(pepper).build();
 * gatehouse.verifier("ApiKeyAuth", keys);
 * IssuedApiKey issued = keys.admin().issue("billing", Set.of("invoices:read"), null);
 * }</pre>
 *
 * <p>A check parses the key first: one that is not of the {@link ApiKeyFormat}, or whose checksum
 * is wrong, is refused without touching the database. Otherwise the row is found by its key id (the
 * primary key) through a bounded read-through cache, and the HMAC-SHA-256 (or SHA-256, without a
 * pepper) of the whole key is compared with {@link MessageDigest#isEqual} with the stored digest. A
 * revoked or expired key is refused.
 *
 * <p><b>Staleness bound.</b> A cached row, or the cached absence of one, is used for at most {@link
 * Builder#cacheTtl} (5 seconds by default), measured on the store's {@link Builder#clock}: a key
 * revoked, rotated or issued through another replica takes effect everywhere within that time (a
 * clock stepped backwards makes cached entries stale, never fresher). Changes made through this
 * instance's own {@link #admin()} take effect here at once. The cache holds at most {@link
 * Builder#cacheSize} entries (10,000 by default).
 *
 * <p><b>Outage.</b> When the database cannot be reached and no fresh cache entry decides, the check
 * throws {@link VerifierUnavailableException}: the request is answered 503 with {@code Retry-After}
 * ({@link Builder#retryAfter}, 5 seconds by default), never accepted and never 500. Checks succeed
 * again as soon as the database answers; nothing needs a restart.
 *
 * <p><b>Last use.</b> Accepted checks record the key's last-use time in memory, to the second; a
 * background thread writes them in one batch every {@link Builder#lastUsedInterval} (10 seconds by
 * default), never on the request's path. At most {@link Builder#cacheSize} pending times are kept;
 * {@link #close()} writes the rest.
 *
 * <p>Thread-safe. Never logs, never puts a key or digest in a message or {@code toString()}.
 */
public final class JdbcApiKeys implements Verifier<ApiKey>, AutoCloseable {
  static final String STORE = "the API key store";
  private static final long LAST_USE_GRANULARITY_MILLIS = 1_000;

  private final DataSource dataSource;
  private final ApiKeyFormat format;
  private final SecretKeySpec pepperKey;

  /** SHA-256 or HMAC-SHA-256 under the pepper, prepared once (no provider look-up per check). */
  private final KeyDigest keyDigest;

  private final int cacheSize;
  private final Duration retryAfter;
  private final Clock clock;
  private final BoundedCache<Row> cache;
  private final Map<String, Instant> lastUsed = new ConcurrentHashMap<>();
  private final ScheduledExecutorService writer;
  private final ApiKeyAdmin admin;

  private JdbcApiKeys(Builder b) {
    this.dataSource = b.dataSource;
    this.format = b.format;
    this.pepperKey = b.pepper == null ? null : new SecretKeySpec(b.pepper, "HmacSHA256");
    this.keyDigest = KeyDigest.hmacSha256(pepperKey);
    this.cache = new BoundedCache<>(b.cacheTtl, b.cacheSize);
    this.cacheSize = b.cacheSize;
    this.retryAfter = b.retryAfter;
    this.clock = b.clock;
    this.admin = new ApiKeyAdmin(this);
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gatehouse-api-key-last-used");
              t.setDaemon(true);
              return t;
            });
    long interval = b.lastUsedInterval.toMillis();
    writer.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  /** Starts a verifier on the tables {@link GatehouseSchema#migrate} created. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /** Issues, revokes and rotates keys in the same table, updating this instance's cache at once. */
  public ApiKeyAdmin admin() {
    return admin;
  }

  /** The format of the keys this store issues and accepts. */
  public ApiKeyFormat format() {
    return format;
  }

  @Override
  public Verification verify(ApiKey credential) throws VerifierUnavailableException {
    String key = credential.key();
    String keyId = format.shapedKeyId(key);
    if (keyId == null) {
      return Verification.rejected();
    }
    // A key whose row is cached is decided by its digest, which only the exact key has (and the
    // exact key passes the format check); any other key is checked in full before a look-up, so
    // that malformed keys never reach the database.
    // One reading of the store's clock decides both the cache entry's age and the key's expiry.
    long nowMillis = clock.millis();
    Row row = cache.peek(keyId, nowMillis);
    if (row == null) {
      if (format.keyId(key).isEmpty()) {
        return Verification.rejected();
      }
      row = row(keyId, nowMillis);
    }
    if (row == null || !MessageDigest.isEqual(digest(key), row.digest)) {
      return Verification.rejected();
    }
    if (row.revokedAt != null
        || (row.expiresAt != null && nowMillis >= row.expiresAt.toEpochMilli())) {
      return Verification.rejected();
    }
    recordUse(row, nowMillis);
    return row.grant;
  }

  /**
   * Notes the last use of {@code row}'s key, to the second: a key used many times a second costs
   * one volatile read per check after the first, not a map update.
   */
  private void recordUse(Row row, long nowMillis) {
    long recorded = row.lastRecordedMillis;
    if (recorded != Row.NEVER
        && nowMillis >= recorded
        && nowMillis - recorded < LAST_USE_GRANULARITY_MILLIS) {
      return;
    }
    row.lastRecordedMillis = nowMillis;
    Instant now = clock.instant();
    if (lastUsed.size() < cacheSize || lastUsed.containsKey(row.keyId)) {
      lastUsed.merge(row.keyId, now, (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /** Writes the pending last-use times now (the background thread does so periodically). */
  public void flushLastUsed() throws SQLException {
    if (lastUsed.isEmpty()) {
      return;
    }
    Map<String, Instant> batch = new java.util.HashMap<>();
    for (Iterator<Map.Entry<String, Instant>> it = lastUsed.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Instant> e = it.next();
      batch.put(e.getKey(), e.getValue());
      it.remove();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE gatehouse_api_key"
                    + " SET last_used_at = GREATEST(last_used_at, ?) WHERE key_id = ?")) {
      for (Map.Entry<String, Instant> e : batch.entrySet()) {
        update.setTimestamp(1, Rows.timestamp(e.getValue()));
        update.setString(2, e.getKey());
        update.addBatch();
      }
      update.executeBatch();
    } catch (SQLException e) {
      // Keep them for the next attempt (still bounded by the verify-side size check).
      batch.forEach((id, at) -> lastUsed.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
      throw e;
    }
  }

  /** Stops the background writer and writes the pending last-use times. */
  @Override
  public void close() throws SQLException {
    writer.shutdown();
    try {
      writer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flushLastUsed();
  }

  /** Names the format and the cache settings; shows no key, digest or pepper. */
  @Override
  public String toString() {
    return "JdbcApiKeys["
        + format
        + ", "
        + (pepperKey == null ? "SHA-256" : "HMAC-SHA-256")
        + ", cache "
        + cacheSize
        + " for "
        + cache.ttl()
        + "]";
  }

  private void flushQuietly() {
    try {
      flushLastUsed();
    } catch (SQLException | RuntimeException e) {
      // Best effort: last use is informational; the times stay pending for the next round.
    }
  }

  private Row row(String keyId, long nowMillis) throws VerifierUnavailableException {
    try {
      return cache.get(keyId, nowMillis, this::load);
    } catch (SQLException e) {
      throw StoreOutage.unavailable(STORE, retryAfter, e);
    }
  }

  /** Called after a local admin change has committed. */
  void forget(String keyId) {
    cache.invalidate(keyId);
  }

  private Row load(String keyId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT key_id, principal, scopes,"
                    + " key_digest, expires_at, revoked_at FROM gatehouse_api_key WHERE key_id = ?")) {
      select.setString(1, keyId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Row(
            rs.getString("key_id"),
            Verification.granted(rs.getString("principal"), Rows.scopes(rs, "scopes")),
            rs.getBytes("key_digest"),
            Rows.instant(rs, "expires_at"),
            Rows.instant(rs, "revoked_at"));
      }
    }
  }

  /**
   * The stored digest of {@code key}: what {@link HashedApiKeys#hmacDigest} (or {@link
   * HashedApiKeys#sha256Digest} without a pepper) computes, as bytes rather than hex. Keys of the
   * {@link ApiKeyFormat} are ASCII, so their UTF-8 bytes are their characters.
   */
  byte[] digest(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    try {
      return keyDigest.digest(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  DataSource dataSource() {
    return dataSource;
  }

  Clock clock() {
    return clock;
  }

  /** A cached row; immutable but for the time its last use was last noted. */
  static final class Row {
    final String keyId;
    final Verification grant;
    final byte[] digest;
    final Instant expiresAt;
    final Instant revokedAt;
    static final long NEVER = Long.MIN_VALUE;
    volatile long lastRecordedMillis = NEVER;

    Row(String keyId, Verification grant, byte[] digest, Instant expiresAt, Instant revokedAt) {
      this.keyId = keyId;
      this.grant = grant;
      this.digest = digest;
      this.expiresAt = expiresAt;
      this.revokedAt = revokedAt;
    }
  }

  /** Settings of a {@link JdbcApiKeys}; not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private ApiKeyFormat format = ApiKeyFormat.standard();
    private byte[] pepper;
    private Duration cacheTtl = Duration.ofSeconds(5);
    private int cacheSize = 10_000;
    private Duration retryAfter = Duration.ofSeconds(5);
    private Duration lastUsedInterval = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /** The key format (prefix); {@link ApiKeyFormat#standard()} by default. */
    public Builder format(ApiKeyFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Stores HMAC-SHA-256 digests under this server-side secret (at least 32 bytes, kept outside
     * the database) instead of plain SHA-256; every replica needs the same pepper. Recommended.
     */
    public Builder pepper(byte[] pepper) {
      HashedApiKeys.hmacDigest(pepper, "x"); // checks the length with the runtime's rule
      this.pepper = pepper.clone();
      return this;
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

    /** The most rows cached, and the most last-use times pending. */
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

    /** How often last-use times are written. */
    public Builder lastUsedInterval(Duration interval) {
      if (interval.toMillis() < 1) {
        throw new IllegalArgumentException("the last-use interval must be at least 1 ms");
      }
      this.lastUsedInterval = interval;
      return this;
    }

    /**
     * The clock that decides expiry and stamps admin changes; the system's UTC clock by default.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns the verifier and starts its last-use writer; {@link #close()} it at shutdown. */
    public JdbcApiKeys build() {
      return new JdbcApiKeys(this);
    }
  }
}
