package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.AuthenticationThrottledException;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.ClientAddressThrottle;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Slows down password guessing: exponential back-off per user name after a few failed logins,
 * answered 429 Too Many Requests with {@code Retry-After} (ASVS 6.3.1, 6.1.1).
 *
 * <pre>{@code
 * LoginThrottle throttle = LoginThrottle.builder(ThrottleStore.postgres(dataSource)).build();
 * gatehouse.basic("BasicAuth", throttle.guard(users));
 * }</pre>
 *
 * <p>The first {@link Builder#freeFailures} failures (5 by default) cost nothing; after the n-th
 * failure beyond them the name waits {@link Builder#baseDelay} &times; 2<sup>n-1</sup> (1 second,
 * doubling) up to {@link Builder#maxDelay} (15 minutes) before the next attempt is even checked. A
 * success forgets the name's failures; so does {@link Builder#forgetAfter} (1 hour) without one.
 *
 * <p>A name is throttled whether or not the account exists, by the same steps, so the answers (401,
 * then 429) and their timing do not tell known from unknown users. A throttled attempt is refused
 * before any password hashing. The count lives in a {@link ThrottleStore}: {@link
 * ThrottleStore#postgres} shares it across replicas (a back-off started through one holds on all),
 * storing one fixed-size row per recently failing name (a SHA-256 of it, never the name) and
 * purging old rows as it goes; this object itself holds no per-name state. When the store cannot be
 * reached the attempt is answered 503 with {@code Retry-After}, never let through unthrottled.
 *
 * <p>Locking out a user is what an attacker who knows the name can do with any throttle: the
 * back-off is capped, and a successful login from the owner is still possible once it ends.
 * Thread-safe; never logs.
 */
public final class LoginThrottle {
  private final ThrottleStore store;
  private final int freeFailures;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private final Duration retryAfterOnOutage;
  private final Clock clock;

  private LoginThrottle(Builder b) {
    if (b.forgetAfter.compareTo(b.maxDelay) < 0) {
      throw new IllegalArgumentException("forgetAfter must be at least maxDelay");
    }
    this.store = b.store;
    this.freeFailures = b.freeFailures;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.forgetAfter = b.forgetAfter;
    this.retryAfterOnOutage = b.retryAfterOnOutage;
    this.clock = b.clock;
  }

  /** Starts a throttle counting in {@code store}. */
  public static Builder builder(ThrottleStore store) {
    return new Builder(Objects.requireNonNull(store, "store"));
  }

  /** Wraps a Basic verifier so that failed logins per user name are throttled. */
  public Verifier<BasicCredentials> guard(Verifier<BasicCredentials> verifier) {
    Objects.requireNonNull(verifier, "verifier");
    return new Verifier<>() {
      @Override
      public Verification verify(BasicCredentials credentials) throws Exception {
        return check(credentials, verifier);
      }

      @Override
      public String toString() {
        return "LoginThrottle.guard[" + verifier + "]";
      }
    };
  }

  /**
   * The same back-off per client address, for {@code Gatehouse.Builder.throttleClientAddresses}:
   * every malformed or rejected credential from an address counts, whatever the scheme or user
   * name, and a success does not forget an address's failures (one valid account must not reset the
   * count of a guessing client). Addresses share the store with user names in buckets of their own
   * (a SHA-256 of the address, never the address).
   */
  public ClientAddressThrottle perClientAddress() {
    return new ClientAddressThrottle() {
      @Override
      public Duration waitFor(String clientAddress) throws VerifierUnavailableException {
        try {
          return roundUpOrZero(
              LoginThrottle.this.wait(store.get(addressBucket(clientAddress)), clock.instant()));
        } catch (SQLException e) {
          throw StoreOutage.unavailable("the throttle store", retryAfterOnOutage, e);
        }
      }

      @Override
      public void failed(String clientAddress) throws VerifierUnavailableException {
        Instant now = clock.instant();
        try {
          store.recordFailure(addressBucket(clientAddress), now, now.minus(forgetAfter));
        } catch (SQLException e) {
          throw StoreOutage.unavailable("the throttle store", retryAfterOnOutage, e);
        }
      }

      @Override
      public String toString() {
        return "LoginThrottle.perClientAddress[" + LoginThrottle.this + "]";
      }
    };
  }

  private static Duration roundUpOrZero(Duration wait) {
    return wait.isZero() ? wait : roundUp(wait);
  }

  static byte[] addressBucket(String clientAddress) {
    return bucket("gatehouse-address\0", clientAddress);
  }

  /** How long attempts for {@code userName} must still wait; zero when they may proceed. */
  public Duration waitFor(String userName) throws SQLException {
    return wait(store.get(bucket(userName)), clock.instant());
  }

  private Verification check(BasicCredentials credentials, Verifier<BasicCredentials> verifier)
      throws Exception {
    byte[] bucket = bucket(credentials.username());
    Instant now = clock.instant();
    ThrottleStore.State state;
    try {
      state = store.get(bucket);
    } catch (SQLException e) {
      throw StoreOutage.unavailable("the throttle store", retryAfterOnOutage, e);
    }
    Duration wait = wait(state, now);
    if (!wait.isZero()) {
      throw new AuthenticationThrottledException("too many failed logins", roundUp(wait));
    }
    Verification verification = verifier.verify(credentials);
    try {
      if (verification.isGranted()) {
        if (state != null) {
          store.reset(bucket);
        }
      } else {
        store.recordFailure(bucket, now, now.minus(forgetAfter));
      }
    } catch (SQLException e) {
      if (!verification.isGranted()) {
        throw StoreOutage.unavailable("the throttle store", retryAfterOnOutage, e);
      }
      // A verified login stands; its old failures are forgotten later.
    }
    return verification;
  }

  private Duration wait(ThrottleStore.State state, Instant now) {
    if (state == null
        || state.failures() <= freeFailures
        || !now.isBefore(state.lastFailure().plus(forgetAfter))) {
      return Duration.ZERO;
    }
    Instant until = state.lastFailure().plus(delay(state.failures() - freeFailures));
    return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
  }

  /** baseDelay * 2^(excess - 1), capped at maxDelay, without overflow. */
  Duration delay(int excess) {
    int shift = Math.min(excess - 1, 40);
    Duration delay = baseDelay.multipliedBy(1L << shift);
    return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
  }

  private static Duration roundUp(Duration wait) {
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }

  static byte[] bucket(String userName) {
    return bucket("gatehouse-user\0", userName);
  }

  private static byte[] bucket(String domain, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(domain.getBytes(StandardCharsets.UTF_8));
      return sha.digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "LoginThrottle["
        + freeFailures
        + " free, "
        + baseDelay
        + " doubling to "
        + maxDelay
        + ", "
        + store
        + "]";
  }

  /** Settings of a {@link LoginThrottle}; not thread-safe. */
  public static final class Builder {
    private final ThrottleStore store;
    private int freeFailures = 5;
    private Duration baseDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofMinutes(15);
    private Duration forgetAfter = Duration.ofHours(1);
    private Duration retryAfterOnOutage = Duration.ofSeconds(5);
    private Clock clock = Clock.systemUTC();

    private Builder(ThrottleStore store) {
      this.store = store;
    }

    /** Failures allowed before any back-off (0 to 100). */
    public Builder freeFailures(int failures) {
      if (failures < 0 || failures > 100) {
        throw new IllegalArgumentException("free failures must be between 0 and 100");
      }
      this.freeFailures = failures;
      return this;
    }

    /** The first back-off, doubled for each further failure. */
    public Builder baseDelay(Duration delay) {
      this.baseDelay = positive(delay, "the base delay");
      return this;
    }

    /** The longest back-off. */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = positive(delay, "the maximum delay");
      return this;
    }

    /** How long after its last failure a name's count is forgotten (at least maxDelay). */
    public Builder forgetAfter(Duration after) {
      this.forgetAfter = positive(after, "forgetAfter");
      return this;
    }

    /** The {@code Retry-After} sent while the store is unreachable. */
    public Builder retryAfterOnOutage(Duration retryAfter) {
      this.retryAfterOnOutage = positive(retryAfter, "Retry-After");
      return this;
    }

    /** The clock; the system's UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public LoginThrottle build() {
      return new LoginThrottle(this);
    }

    private static Duration positive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
