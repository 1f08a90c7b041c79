package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A remote JWK set behind a time-based cache: refresh ahead of expiry, single-flight refreshes, at
 * most one fetch per rate-limit interval (also for unknown {@code kid}s), and the last good keys
 * kept through failed refreshes up to an outage tolerance (security rules 1.5.3 to 1.5.6).
 *
 * <p>Written here rather than on nimbus's {@code JWKSourceBuilder} so that time comes from an
 * injectable {@link Clock}, redirects are never followed, a refresh-ahead needs no thread of its
 * own, and "never had keys" is told apart from "no such key" (503 versus 401).
 */
final class CachingKeySource implements KeySource {
  private static final System.Logger LOG = System.getLogger(CachingKeySource.class.getName());

  /** What is known; replaced whole, never mutated. */
  private record State(KeyRing keys, long fetchedAt, long lastAttempt, Throwable lastFailure) {
    static final State EMPTY = new State(null, 0, Long.MIN_VALUE, null);
  }

  private final Supplier<CompletableFuture<String>> fetch;
  private final String source;
  private final Clock clock;
  private final long ttl;
  private final long refreshAhead;
  private final long minInterval;
  private final long outageTolerance;
  private final long fetchTimeout;
  private final AtomicReference<State> state = new AtomicReference<>(State.EMPTY);
  private final AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();

  /**
   * @param fetch starts one fetch of the JWK set's JSON text
   * @param source the configured URL, for messages
   */
  CachingKeySource(
      Supplier<CompletableFuture<String>> fetch,
      String source,
      Clock clock,
      Duration ttl,
      Duration refreshAhead,
      Duration minInterval,
      Duration outageTolerance,
      Duration fetchTimeout) {
    this.fetch = fetch;
    this.source = source;
    this.clock = clock;
    this.ttl = ttl.toMillis();
    this.refreshAhead = refreshAhead.toMillis();
    this.minInterval = minInterval.toMillis();
    this.outageTolerance = outageTolerance.toMillis();
    this.fetchTimeout = fetchTimeout.toMillis();
  }

  @Override
  public KeyRing keys() throws KeySourceUnavailableException {
    long now = clock.millis();
    State s = state.get();
    if (s.keys() == null || now - s.fetchedAt() >= ttl) {
      // Never fetched, or expired: wait for a refresh, unless one ran too recently.
      refreshAndWait(s, now);
      s = state.get();
      if (s.keys() == null || now - s.fetchedAt() >= ttl + outageTolerance) {
        throw unavailable(s, now);
      }
      return s.keys();
    }
    if (now - s.fetchedAt() >= ttl - refreshAhead && mayFetch(s, now)) {
      refresh(); // refresh ahead: this caller does not wait, the current keys are still good
    }
    return s.keys();
  }

  @Override
  public KeyRing refreshForUnknownKey(KeyRing seen) throws KeySourceUnavailableException {
    State s = state.get();
    if (s.keys() == seen) {
      refreshAndWait(s, clock.millis());
    }
    KeyRing now = state.get().keys();
    return now == null ? seen : now;
  }

  /** Waits for the running refresh, if any (for tests of refresh-ahead). */
  void awaitRefresh() {
    CompletableFuture<Void> running = inFlight.get();
    if (running != null) {
      running.join();
    }
  }

  /** Refreshes if the rate limit allows, else joins a refresh that is already running. */
  private void refreshAndWait(State s, long now) {
    CompletableFuture<Void> running = inFlight.get();
    if (mayFetch(s, now)) {
      await(refresh());
    } else if (running != null) {
      await(running);
    }
  }

  private boolean mayFetch(State s, long now) {
    return s.lastAttempt() == Long.MIN_VALUE || now - s.lastAttempt() >= minInterval;
  }

  /** Starts a fetch unless one is running (then joins it) or one started too recently. */
  private CompletableFuture<Void> refresh() {
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> running = inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    long now = clock.millis();
    State before = state.get();
    // Checked again while owning the flight: a caller that read the state before the previous
    // fetch finished must not start a second one (unknown-kid floods, go-oidc PR 482).
    if (!mayFetch(before, now)) {
      inFlight.set(null);
      mine.complete(null);
      return mine;
    }
    state.updateAndGet(s -> new State(s.keys(), s.fetchedAt(), now, s.lastFailure()));
    CompletableFuture<String> started;
    try {
      started = fetch.get();
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    started
        .orTimeout(fetchTimeout, TimeUnit.MILLISECONDS)
        .whenComplete(
            (text, failure) -> {
              try {
                accept(text, failure);
              } finally {
                inFlight.set(null);
                mine.complete(null);
              }
            });
    return mine;
  }

  private void accept(String text, Throwable failure) {
    Throwable cause = FetchException.unwrap(failure);
    KeyRing ring = null;
    if (cause == null) {
      try {
        ring = parse(text);
      } catch (FetchException | RuntimeException e) {
        cause = e;
      }
    }
    if (ring != null) {
      KeyRing fresh = ring;
      long at = clock.millis();
      state.updateAndGet(s -> new State(fresh, at, s.lastAttempt(), null));
      return;
    }
    // A failed or malformed refresh never drops the last good keys (security rules 1.5.5).
    Throwable last = cause;
    state.updateAndGet(s -> new State(s.keys(), s.fetchedAt(), s.lastAttempt(), last));
    LOG.log(
        System.Logger.Level.WARNING,
        "JWKS refresh from {0} failed: {1}",
        source,
        FetchException.describe(last));
  }

  /** The usable keys of a JWK set; an unusable key is skipped, not fatal to the whole set. */
  private KeyRing parse(String text) throws FetchException {
    List<JWK> jwks = new ArrayList<>();
    try {
      Map<String, Object> json = JSONObjectUtils.parse(text);
      List<Object> keys = json == null ? null : JSONObjectUtils.getJSONArray(json, "keys");
      if (keys == null) {
        throw new FetchException("the JWK set has no \"keys\" array");
      }
      for (int i = 0; i < keys.size(); i++) {
        try {
          @SuppressWarnings("unchecked")
          Map<String, Object> key = (Map<String, Object>) keys.get(i);
          jwks.add(JWK.parse(key));
        } catch (java.text.ParseException | RuntimeException e) {
          // RuntimeException: a non-object entry (ClassCastException), a null one
          // (NullPointerException, found by JwksFuzzTest) or whatever else nimbus throws.
          LOG.log(
              System.Logger.Level.WARNING,
              "JWKS from {0}: key {1} is malformed; ignored",
              source,
              i);
        }
      }
    } catch (java.text.ParseException e) {
      throw new FetchException("the JWK set is not a JSON object with a \"keys\" array");
    }
    KeyRing ring =
        KeyRing.of(
            jwks,
            false,
            // Providers routinely publish encryption keys beside signing keys: not worth a warning.
            (i, why) ->
                LOG.log(
                    System.Logger.Level.DEBUG,
                    "JWKS from {0}: key {1} is not used: {2}",
                    source,
                    i,
                    why));
    if (ring.isEmpty()) {
      // An empty set counts as a failure, so a transient "keys": [] cannot wipe good keys.
      throw new FetchException("the JWK set holds no usable signature verification key");
    }
    return ring;
  }

  private KeySourceUnavailableException unavailable(State s, long now) {
    long wait = s.lastAttempt() == Long.MIN_VALUE ? 0 : minInterval - (now - s.lastAttempt());
    Duration retryAfter = Duration.ofSeconds(Math.max(1, (wait + 999) / 1000));
    String why =
        s.lastFailure() == null ? "no answer yet" : FetchException.describe(s.lastFailure());
    String message =
        s.keys() == null
            ? "No JWT verification keys were ever obtained from " + source + ": " + why
            : "The JWT verification keys from "
                + source
                + " are older than the outage tolerance: "
                + why;
    return new KeySourceUnavailableException(message, retryAfter, s.lastFailure());
  }

  private static void await(CompletableFuture<Void> refresh) {
    try {
      refresh.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // Never: the refresh future only completes normally.
    }
  }
}
