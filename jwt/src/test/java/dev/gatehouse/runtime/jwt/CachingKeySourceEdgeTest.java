package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JWKS cache's failure paths (security rules 1.5.5, 1.5.6) that the other JWKS tests leave
 * uncovered: a fetch that throws, one that never answers, malformed entries beside a good key,
 * non-JSON and empty sets, and keys older than the outage tolerance. Messages name the failure
 * class or a fixed sentence, never the fetched text.
 */
class CachingKeySourceEdgeTest {

  static String goodSet;
  static final String SOURCE = "https://issuer.test/jwks";

  @BeforeAll
  static void keys() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    goodSet = new JWKSet(key.toPublicJWK()).toString();
  }

  static CachingKeySource source(Supplier<CompletableFuture<String>> fetch, MutableClock clock) {
    return new CachingKeySource(
        fetch,
        SOURCE,
        clock,
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        Duration.ofMillis(200));
  }

  @Test
  void fetchThatThrowsIsUnavailableNamingOnlyTheExceptionClass() {
    CachingKeySource s =
        source(
            () -> {
              throw new IllegalStateException("secret-bearing detail " + goodSet);
            },
            new MutableClock(1_700_000_000));
    assertThatThrownBy(s::keys)
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("could not be reached (IllegalStateException)")
        .hasMessageNotContaining("secret-bearing detail");
  }

  @Test
  void fetchThatNeverAnswersTimesOut() {
    CachingKeySource s = source(CompletableFuture::new, new MutableClock(1_700_000_000));
    assertThatThrownBy(s::keys)
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("did not answer in time");
  }

  @Test
  void malformedEntriesBesideAGoodKeyAreSkipped() throws Exception {
    String withJunk =
        goodSet.replace("{\"keys\":[", "{\"keys\":[42,{\"kty\":\"RSA\",\"n\":\"!!\"},");
    assertThat(withJunk).isNotEqualTo(goodSet);
    CachingKeySource s =
        source(() -> CompletableFuture.completedFuture(withJunk), new MutableClock(1_700_000_000));
    assertThat(s.keys().isEmpty()).isFalse();
    assertThat(s.keys().hasKeyId("rsa-1")).isTrue();
  }

  @Test
  void notJsonAndEmptySetsAreFailuresWithFixedMessages() {
    CachingKeySource notJson =
        source(
            () -> CompletableFuture.completedFuture("<html>token=abc</html>"),
            new MutableClock(1_700_000_000));
    assertThatThrownBy(notJson::keys)
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("is not a JSON object")
        .hasMessageNotContaining("token=abc");
    CachingKeySource empty =
        source(
            () -> CompletableFuture.completedFuture("{\"keys\":[]}"),
            new MutableClock(1_700_000_000));
    assertThatThrownBy(empty::keys).hasMessageContaining("no usable signature verification key");
    CachingKeySource noKeys =
        source(() -> CompletableFuture.completedFuture("{}"), new MutableClock(1_700_000_000));
    assertThatThrownBy(noKeys::keys).hasMessageContaining("has no \"keys\" array");
  }

  @Test
  void keysOlderThanTheOutageToleranceAreUnavailable() throws Exception {
    MutableClock clock = new MutableClock(1_700_000_000);
    AtomicReference<Supplier<CompletableFuture<String>>> next =
        new AtomicReference<>(() -> CompletableFuture.completedFuture(goodSet));
    AtomicInteger fetches = new AtomicInteger();
    CachingKeySource s =
        source(
            () -> {
              fetches.incrementAndGet();
              return next.get().get();
            },
            clock);
    KeyRing first = s.keys();
    next.set(() -> CompletableFuture.failedFuture(new java.io.IOException("down")));
    // Within TTL + tolerance the last good keys are served while refreshes fail.
    clock.advance(Duration.ofMinutes(6));
    assertThat(s.keys()).isSameAs(first);
    // Beyond it: 503 territory, with a Retry-After of at least one second.
    clock.advance(Duration.ofMinutes(10));
    assertThatThrownBy(s::keys)
        .isInstanceOfSatisfying(
            KeySourceUnavailableException.class,
            e -> assertThat(e.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)))
        .hasMessageContaining("older than the outage tolerance")
        .hasMessageContaining("could not be reached (IOException)");
    assertThat(fetches.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void unknownKeyRefreshWithNoKeysReturnsWhatWasSeen() throws Exception {
    CachingKeySource s =
        source(
            () -> CompletableFuture.failedFuture(new java.io.IOException("down")),
            new MutableClock(1_700_000_000));
    assertThat(s.refreshForUnknownKey(null)).isNull();
  }
}
