package dev.gatehouse.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** {@link ThrottleStore#postgres}: one atomic upsert per failure, old rows purged on the way. */
final class JdbcThrottleStore implements ThrottleStore {
  static final int PURGE_EVERY = 1024;

  private final DataSource dataSource;
  private final int purgeEvery;
  private final AtomicLong failures = new AtomicLong();

  JdbcThrottleStore(DataSource dataSource) {
    this(dataSource, PURGE_EVERY);
  }

  JdbcThrottleStore(DataSource dataSource, int purgeEvery) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.purgeEvery = purgeEvery;
  }

  @Override
  public State get(byte[] bucket) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT failures, last_failure_at FROM gatehouse_throttle WHERE bucket = ?")) {
      select.setBytes(1, bucket);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? new State(rs.getInt(1), Rows.instant(rs, "last_failure_at")) : null;
      }
    }
  }

  @Override
  public State recordFailure(byte[] bucket, Instant now, Instant forgetBefore) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (failures.incrementAndGet() % purgeEvery == 0) {
        try (PreparedStatement purge =
            c.prepareStatement("DELETE FROM gatehouse_throttle WHERE last_failure_at <= ?")) {
          purge.setTimestamp(1, Rows.timestamp(forgetBefore));
          purge.executeUpdate();
        }
      }
      try (PreparedStatement upsert =
          c.prepareStatement(
              "INSERT INTO gatehouse_throttle AS t (bucket, failures, last_failure_at) VALUES (?, 1, ?)"
                  + " ON CONFLICT (bucket) DO UPDATE SET"
                  + " failures = CASE WHEN t.last_failure_at <= ? THEN 1 ELSE t.failures + 1 END,"
                  + " last_failure_at = GREATEST(t.last_failure_at, EXCLUDED.last_failure_at)"
                  + " RETURNING failures, last_failure_at")) {
        upsert.setBytes(1, bucket);
        upsert.setTimestamp(2, Rows.timestamp(now));
        upsert.setTimestamp(3, Rows.timestamp(forgetBefore));
        try (ResultSet rs = upsert.executeQuery()) {
          rs.next();
          return new State(rs.getInt(1), Rows.instant(rs, "last_failure_at"));
        }
      }
    }
  }

  @Override
  public void reset(byte[] bucket) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM gatehouse_throttle WHERE bucket = ?")) {
      delete.setBytes(1, bucket);
      delete.executeUpdate();
    }
  }

  @Override
  public String toString() {
    return "ThrottleStore[postgres]";
  }
}
