package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
  private final AtomicInteger loads = new AtomicInteger();

  private String load(String key) {
    return key + "#" + loads.incrementAndGet();
  }

  @Test
  void anEntryIsFreshForExactlyTheTtlOnTheCallersClock() throws Exception {
    BoundedCache<String> cache = new BoundedCache<>(Duration.ofSeconds(5), 10);

    assertThat(cache.get("k", 1_000, this::load)).isEqualTo("k#1");
    assertThat(cache.get("k", 5_999, this::load)).isEqualTo("k#1");
    assertThat(cache.peek("k", 5_999)).isEqualTo("k#1");
    assertThat(cache.peek("k", 6_000)).isNull();
    assertThat(cache.get("k", 6_000, this::load)).isEqualTo("k#2");
  }

  @Test
  void aClockSteppedBackMakesEntriesStaleNeverFresher() throws Exception {
    BoundedCache<String> cache = new BoundedCache<>(Duration.ofHours(1), 10);
    cache.get("k", 10_000, this::load);

    assertThat(cache.peek("k", 9_999)).isNull();
    assertThat(cache.get("k", 9_999, this::load)).isEqualTo("k#2");
    assertThat(cache.peek("k", 9_999)).isEqualTo("k#2");
  }

  @Test
  void aTtlUnderOneMillisecondDisablesTheCache() throws Exception {
    for (Duration ttl : new Duration[] {Duration.ZERO, Duration.ofNanos(999_999)}) {
      BoundedCache<String> cache = new BoundedCache<>(ttl, 10);
      cache.get("k", 0, this::load);
      assertThat(cache.size()).as("%s", ttl).isZero();
      assertThat(cache.peek("k", 0)).isNull();
    }
  }

  @Test
  void aTtlBeyondWhatMillisecondsHoldIsForeverNotAnOverflow() throws Exception {
    BoundedCache<String> cache = new BoundedCache<>(Duration.ofSeconds(Long.MAX_VALUE), 10);
    cache.get("k", 0, this::load);

    assertThat(cache.peek("k", Long.MAX_VALUE / 2)).isEqualTo("k#1");
    assertThat(cache.ttl()).isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
  }

  @Test
  void theSizeBoundHolds() throws Exception {
    BoundedCache<String> cache = new BoundedCache<>(Duration.ofHours(1), 3);
    for (int i = 0; i < 10; i++) {
      cache.get("k" + i, 0, this::load);
    }
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.peek("k9", 0)).isEqualTo("k9#10");
  }

  @Test
  void aLoadThatRacedWithALocalChangeIsNotCached() throws Exception {
    BoundedCache<String> cache = new BoundedCache<>(Duration.ofHours(1), 10);
    String value =
        cache.get(
            "k",
            0,
            key -> {
              cache.invalidate(key); // a local change commits while the row is being read
              return "old";
            });

    assertThat(value).isEqualTo("old");
    assertThat(cache.peek("k", 0)).isNull();
  }
}
