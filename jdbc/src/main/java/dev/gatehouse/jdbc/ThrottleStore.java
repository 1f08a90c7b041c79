package dev.gatehouse.jdbc;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Where a {@link LoginThrottle} counts failures: {@link #postgres} to share them across replicas,
 * {@link #inMemory} for one JVM. Buckets are 32-byte digests; a store never sees user names.
 */
public interface ThrottleStore {

  /** The failure count of a bucket and when its last failure was, or null when it has none. */
  record State(int failures, Instant lastFailure) {}

  /** The bucket's state, or null. */
  State get(byte[] bucket) throws SQLException;

  /**
   * Counts one failure at {@code now}, starting again from one when the last failure was at or
   * before {@code forgetBefore}; returns the new state. Atomic across every caller of the store.
   */
  State recordFailure(byte[] bucket, Instant now, Instant forgetBefore) throws SQLException;

  /** Forgets the bucket (after a successful login). */
  void reset(byte[] bucket) throws SQLException;

  /** A store in the {@code gatehouse_throttle} table, shared by every replica on the database. */
  static ThrottleStore postgres(javax.sql.DataSource dataSource) {
    return new JdbcThrottleStore(dataSource);
  }

  /**
   * A store in this JVM's memory with a fixed number of slots (a power of two, at least 1024):
   * memory stays constant under a flood of distinct names, at the price that names sharing a slot
   * share their count.
   */
  static ThrottleStore inMemory(int slots) {
    return new MemoryThrottleStore(slots);
  }
}
