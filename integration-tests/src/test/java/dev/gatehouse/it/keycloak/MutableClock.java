package dev.gatehouse.it.keycloak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move forward, for token ages and key-cache ages: the system clock plus an
 * offset, or a frozen instant plus an offset.
 */
final class MutableClock extends Clock {
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final Instant frozen;

  private MutableClock(Instant frozen) {
    this.frozen = frozen;
  }

  /** Follows the system clock, plus what tests add. */
  static MutableClock system() {
    return new MutableClock(null);
  }

  /** Stands still at the current instant, except for what tests add. */
  static MutableClock frozenNow() {
    return new MutableClock(Instant.now());
  }

  void advance(Duration by) {
    offset.updateAndGet(o -> o.plus(by));
  }

  void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return (frozen == null ? Instant.now() : frozen).plus(offset.get());
  }
}
