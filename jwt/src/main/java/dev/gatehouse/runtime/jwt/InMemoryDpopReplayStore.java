package dev.gatehouse.runtime.jwt;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link DpopReplayStore} in this JVM's memory, bounded: at most {@code maxEntries} proofs are
 * remembered; expired ones are dropped when it fills, and while it is full of unexpired proofs new
 * proofs are refused (fail closed) instead of forgetting proofs that could still be replayed. Suits
 * one instance; replicas need a shared store.
 */
public final class InMemoryDpopReplayStore implements DpopReplayStore {
  private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int maxEntries;
  private final Clock clock;

  /** A store of at most {@code maxEntries} proofs. */
  public InMemoryDpopReplayStore(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.maxEntries = maxEntries;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** A store of at most 100,000 proofs on the system clock. */
  public InMemoryDpopReplayStore() {
    this(100_000, Clock.systemUTC());
  }

  @Override
  public boolean firstUse(String key, Instant expiry) {
    if (size.incrementAndGet() > maxEntries) {
      size.decrementAndGet();
      purgeExpired();
      if (size.incrementAndGet() > maxEntries) {
        size.decrementAndGet();
        return false;
      }
    }
    // putIfAbsent is atomic: of two threads recording one key, exactly one wins.
    if (seen.putIfAbsent(key, expiry.toEpochMilli()) != null) {
      size.decrementAndGet();
      return false;
    }
    return true;
  }

  /** How many proofs are remembered now. */
  public int size() {
    return seen.size();
  }

  private synchronized void purgeExpired() {
    long now = clock.millis();
    for (Iterator<Map.Entry<String, Long>> i = seen.entrySet().iterator(); i.hasNext(); ) {
      Map.Entry<String, Long> e = i.next();
      if (e.getValue() < now && seen.remove(e.getKey(), e.getValue())) {
        size.decrementAndGet();
      }
    }
  }
}
