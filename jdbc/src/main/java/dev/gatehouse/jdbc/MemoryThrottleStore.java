package dev.gatehouse.jdbc;

import java.time.Instant;

/** {@link ThrottleStore#inMemory}: fixed arrays indexed by the bucket digest, striped locks. */
final class MemoryThrottleStore implements ThrottleStore {
  private static final int STRIPES = 64;

  private final int[] failures;
  private final long[] lastFailureMillis;
  private final Object[] locks = new Object[STRIPES];
  private final int mask;

  MemoryThrottleStore(int slots) {
    if (slots < 1024 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two, at least 1024");
    }
    this.failures = new int[slots];
    this.lastFailureMillis = new long[slots];
    this.mask = slots - 1;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  @Override
  public State get(byte[] bucket) {
    int slot = slot(bucket);
    synchronized (locks[slot % STRIPES]) {
      return failures[slot] == 0
          ? null
          : new State(failures[slot], Instant.ofEpochMilli(lastFailureMillis[slot]));
    }
  }

  @Override
  public State recordFailure(byte[] bucket, Instant now, Instant forgetBefore) {
    int slot = slot(bucket);
    synchronized (locks[slot % STRIPES]) {
      boolean stale = lastFailureMillis[slot] <= forgetBefore.toEpochMilli();
      failures[slot] =
          stale ? 1 : (failures[slot] == Integer.MAX_VALUE ? failures[slot] : failures[slot] + 1);
      lastFailureMillis[slot] = Math.max(lastFailureMillis[slot], now.toEpochMilli());
      return new State(failures[slot], Instant.ofEpochMilli(lastFailureMillis[slot]));
    }
  }

  @Override
  public void reset(byte[] bucket) {
    int slot = slot(bucket);
    synchronized (locks[slot % STRIPES]) {
      failures[slot] = 0;
      lastFailureMillis[slot] = 0;
    }
  }

  int slots() {
    return failures.length;
  }

  private int slot(byte[] bucket) {
    int h =
        (bucket[0] & 0xff)
            | (bucket[1] & 0xff) << 8
            | (bucket[2] & 0xff) << 16
            | (bucket[3] & 0xff) << 24;
    return h & mask;
  }

  @Override
  public String toString() {
    return "ThrottleStore[in memory, " + failures.length + " slots]";
  }
}
