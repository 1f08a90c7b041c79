package dev.gatehouse.jdbc;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read-through cache of database rows by key, with a fixed maximum size and a time to live that
 * bounds how stale an answer can be; absent rows are cached too (as null). Thread-safe.
 */
final class BoundedCache<V> {
  /** Loads one row; null when there is none. */
  @FunctionalInterface
  interface Loader<V> {
    V load(String key) throws java.sql.SQLException;
  }

  private final long ttlNanos;
  private final int maxSize;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

  /** Bumped by every local change, so a load that raced with one is not cached. */
  private final AtomicLong changes = new AtomicLong();

  BoundedCache(Duration ttl, int maxSize) {
    this.ttlNanos = ttl.toNanos();
    this.maxSize = maxSize;
  }

  /**
   * The cached value of {@code key} while it is fresh, without loading; null when none is cached,
   * it expired, or the row was cached as absent.
   */
  V peek(String key) {
    Entry<V> cached = entries.get(key);
    return cached != null && System.nanoTime() - cached.loadedAt < ttlNanos ? cached.value : null;
  }

  V get(String key, Loader<V> loader) throws java.sql.SQLException {
    long now = System.nanoTime();
    Entry<V> cached = entries.get(key);
    if (cached != null && now - cached.loadedAt < ttlNanos) {
      return cached.value;
    }
    long seen = changes.get();
    V value = loader.load(key);
    if (ttlNanos > 0 && changes.get() == seen) {
      if (entries.size() >= maxSize && !entries.containsKey(key)) {
        Iterator<String> any = entries.keySet().iterator();
        if (any.hasNext()) {
          entries.remove(any.next()); // an arbitrary entry: the bound matters, not the order
        }
      }
      entries.put(key, new Entry<>(value, now));
    }
    return value;
  }

  /** Drops the entry after a local change has committed. */
  void invalidate(String key) {
    changes.incrementAndGet();
    entries.remove(key);
  }

  int size() {
    return entries.size();
  }

  Duration ttl() {
    return Duration.ofNanos(ttlNanos);
  }

  private record Entry<V>(V value, long loadedAt) {}
}
