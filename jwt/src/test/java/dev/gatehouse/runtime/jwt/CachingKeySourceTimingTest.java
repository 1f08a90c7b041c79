package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The JWKS cache's clock edges, to the millisecond (security rules 1.5.3-1.5.6): keys are fresh
 * strictly before the TTL, refreshed from the TTL on, and usable through failed refreshes strictly
 * before TTL plus outage tolerance. A test clock moves; nothing sleeps.
 */
class CachingKeySourceTimingTest {
  private static final Duration TTL = Duration.ofMinutes(5);
  private static final Duration TOLERANCE = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(1_700_000_000L);
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicReference<String> served =
      new AtomicReference<>(new JWKSet(Fixture.EC.toPublicJWK()).toString());
  private final CachingKeySource source =
      new CachingKeySource(
          () -> {
            fetches.incrementAndGet();
            String text = served.get();
            return text == null
                ? CompletableFuture.failedFuture(new java.io.IOException("down"))
                : CompletableFuture.completedFuture(text);
          },
          "https://issuer.test/jwks",
          clock,
          TTL,
          Duration.ofSeconds(30),
          Duration.ofSeconds(30),
          TOLERANCE,
          Duration.ofSeconds(5));

  @Test
  void keysAreRefetchedExactlyAtTheTtl() throws Exception {
    KeyRing first = source.keys();
    clock.advance(TTL.minusSeconds(30).minusMillis(1));
    assertThat(source.keys()).isSameAs(first);
    assertThat(fetches).hasValue(1);
    clock.advance(Duration.ofMillis(1)); // refresh-ahead window opens: a background refresh
    source.keys();
    source.awaitRefresh();
    assertThat(fetches).hasValue(2);
    KeyRing second = source.keys();
    assertThat(second).isNotSameAs(first);
    clock.advance(TTL); // exactly one TTL after the second fetch
    assertThat(source.keys()).isNotSameAs(second);
    assertThat(fetches).hasValue(3);
  }

  @Test
  void lastGoodKeysLastUntilJustBeforeTtlPlusTolerance() throws Exception {
    KeyRing good = source.keys();
    served.set(null);
    clock.advance(TTL.plus(TOLERANCE).minusMillis(1));
    assertThat(source.keys()).isSameAs(good);
    clock.advance(Duration.ofSeconds(30)); // past the edge, and past the rate limit
    assertThatThrownBy(source::keys).isInstanceOf(KeySourceUnavailableException.class);
  }
}
