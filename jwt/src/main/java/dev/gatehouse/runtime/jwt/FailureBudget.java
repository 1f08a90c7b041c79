package dev.gatehouse.runtime.jwt;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts consecutive failures of a remote endpoint; once {@code budget} of them happened in a row,
 * the endpoint is rested for a cool-down, during which callers answer 503 at once instead of
 * waiting on it. A success starts the count afresh; after the cool-down one more failure rests it
 * again.
 */
final class FailureBudget {
  /** Failures in a row and, once the budget is spent, when the endpoint may be asked again. */
  private record State(int failures, long restUntil) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State(0, Long.MIN_VALUE));
  private final int budget;
  private final long coolDownMillis;
  private final Clock clock;

  FailureBudget(int budget, Duration coolDown, Clock clock) {
    this.budget = budget;
    this.coolDownMillis = coolDown.toMillis();
    this.clock = clock;
  }

  /** How long the endpoint is still rested; zero when it may be asked now. */
  Duration resting() {
    long restUntil = state.get().restUntil();
    long now = clock.millis();
    // Compared before subtracting: the initial Long.MIN_VALUE minus now would overflow.
    return restUntil > now ? Duration.ofMillis(restUntil - now) : Duration.ZERO;
  }

  /** The failures in a row that spent the budget (for messages). */
  int failuresInARow() {
    return state.get().failures();
  }

  void success() {
    state.set(new State(0, Long.MIN_VALUE));
  }

  /** Records one failure; returns how many happened in a row. */
  int failure() {
    long now = clock.millis();
    return state
        .updateAndGet(
            s -> {
              int failures = s.failures() + 1;
              return new State(failures, failures >= budget ? now + coolDownMillis : s.restUntil());
            })
        .failures();
  }
}
