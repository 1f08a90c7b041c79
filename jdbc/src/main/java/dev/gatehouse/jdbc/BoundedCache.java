package dev.gatehouse.jdbc;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read-through cache of database rows by key, with a fixed maximum size and a time to live that
 * bounds how stale an answer can be; absent rows are cached too (as null). Thread-safe.
 *
 * <p>The caller passes the time, in milliseconds of whatever clock it reads, so that a check that
 * needs the time anyway (for a row's expiry) reads its clock once. An entry is fresh while {@code 0
 * <= now - loadedAt < ttl}: a clock stepped backwards makes entries stale (they are loaded again),
 * never fresher than the TTL allows.
 */
final class BoundedCache<V> {
  /** Loads one row; null when there is none. */
  @FunctionalInterface
  interface Loader<V> {
    V load(String key) throws java.sql.SQLException;
  }

  private final long ttlMillis;
  private final int maxSize;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

  /** Bumped by every local change, so a load that raced with one is not cached. */
  private final AtomicLong changes = new AtomicLong();

  BoundedCache(Duration ttl, int maxSize) {
    // Whole milliseconds; a TTL beyond what a long holds in them is "forever", not an overflow.
    this.ttlMillis =
        ttl.compareTo(Duration.ofMillis(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : ttl.toMillis();
    this.maxSize = maxSize;
  }

  /**
   * The cached value of {@code key} while it is fresh, without loading; null when none is cached,
   * it expired, or the row was cached as absent.
   */
  V peek(String key, long nowMillis) {
    Entry<V> cached = entries.get(key);
    return cached != null && fresh(cached, nowMillis) ? cached.value : null;
  }

  /** The cached value of {@code key} while it is fresh; otherwise loads it (and caches it). */
  V get(String key, long nowMillis, Loader<V> loader) throws java.sql.SQLException {
    Entry<V> cached = entries.get(key);
    if (cached != null && fresh(cached, nowMillis)) {
      return cached.value;
    }
    long seen = changes.get();
    V value = loader.load(key);
    if (ttlMillis > 0 && changes.get() == seen) {
      if (entries.size() >= maxSize && !entries.containsKey(key)) {
        Iterator<String> any = entries.keySet().iterator();
        if (any.hasNext()) {
          entries.remove(any.next()); // an arbitrary entry: the bound matters, not the order
        }
      }
      entries.put(key, new Entry<>(value, nowMillis));
    }
    return value;
  }

  private boolean fresh(Entry<V> entry, long nowMillis) {
    long age = nowMillis - entry.loadedAt;
    return age >= 0 && age < ttlMillis;
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
    return Duration.ofMillis(ttlMillis);
  }

  private record Entry<V>(V value, long loadedAt) {}
}
