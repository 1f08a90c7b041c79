package dev.gatehouse.runtime.jwt.dpop;

import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.CLIENT;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.claims;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.proof;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.DpopProofChecker.DpopResult;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.jwt.InMemoryDpopReplayStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The proxy rule for {@code htu}, builder limits, the replay store, and the fuzz seeds' oracle. */
class DpopProofVerifierTest {
  static final String TOKEN = DpopFixture.dpopToken(CLIENT);

  static String proofFor(String htu, String method) {
    Map<String, Object> c = claims(TOKEN);
    c.put("htu", htu);
    c.put("htm", method);
    return proof(CLIENT, JWSAlgorithm.ES256, c);
  }

  @Test
  void behindAProxyTheExternalBaseUrlAndTheRequestPathMakeTheUrl() {
    DpopProofVerifier verifier =
        DpopProofVerifier.builder()
            .clock(DpopFixture.CLOCK)
            .externalBaseUrl(URI.create("https://public.example.com/api/"))
            .build();
    // The proxy forwards https://public.example.com/api/accounts to http://10.0.0.5:8080/accounts.
    DpopFixture.Request internal = request().url("http://10.0.0.5:8080/accounts").path("/accounts");
    assertThat(
            verifier
                .check(internal, proofFor("https://public.example.com/api/accounts", "GET"), TOKEN)
                .isValid())
        .isTrue();
    // The URL the adapter saw is not accepted once a base URL is configured.
    assertThat(
            verifier
                .check(internal, proofFor("http://10.0.0.5:8080/accounts", "GET"), TOKEN)
                .error())
        .isEqualTo("invalid_dpop_proof");
    // Forwarded headers change nothing.
    DpopFixture.Request forwarded =
        request()
            .url("http://10.0.0.5:8080/accounts")
            .header("X-Forwarded-Host", "evil.example.com")
            .header("Forwarded", "host=evil.example.com;proto=https");
    assertThat(
            verifier
                .check(forwarded, proofFor("https://evil.example.com/accounts", "GET"), TOKEN)
                .isValid())
        .isFalse();
  }

  @Test
  void withoutABaseUrlTheAdaptersUrlIsUsedAndNoUrlMeansRefusal() {
    DpopProofVerifier verifier = DpopProofVerifier.builder().clock(DpopFixture.CLOCK).build();
    assertThat(verifier.check(request(), proofFor(DpopFixture.URL, "GET"), TOKEN).isValid())
        .isTrue();
    DpopResult unknown =
        verifier.check(request().url(null), proofFor(DpopFixture.URL, "GET"), TOKEN);
    assertThat(unknown.description()).isEqualTo("The request URL is unknown to the server");
  }

  @Test
  void builderRefusesSymmetricAndUnsupportedAlgorithmsAndBadBaseUrls() {
    assertThatThrownBy(() -> DpopProofVerifier.builder().algorithms(JWSAlgorithm.HS256))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DpopProofVerifier.builder().algorithms(JWSAlgorithm.EdDSA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DpopProofVerifier.builder().algorithms(new JWSAlgorithm("none")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DpopProofVerifier.builder().externalBaseUrl(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> DpopProofVerifier.builder().externalBaseUrl(URI.create("https://a.example/?q")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DpopProofVerifier.builder().maxAge(java.time.Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyConfiguredAlgorithmsAreAccepted() {
    DpopProofVerifier es384Only =
        DpopProofVerifier.builder().clock(DpopFixture.CLOCK).algorithms(JWSAlgorithm.ES384).build();
    assertThat(es384Only.algorithms()).containsExactly("ES384");
    assertThat(es384Only.check(request(), proofFor(DpopFixture.URL, "GET"), TOKEN).description())
        .isEqualTo("The DPoP proof algorithm is not accepted");
  }

  @Test
  void noProofIsAcceptedTwiceBy64Threads() throws Exception {
    DpopProofVerifier verifier =
        DpopProofVerifier.builder()
            .clock(DpopFixture.CLOCK)
            .replayStore(new InMemoryDpopReplayStore(100_000, DpopFixture.CLOCK))
            .build();
    int proofs = 50;
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < proofs; i++) {
      sent.add(proofFor(DpopFixture.URL, "GET"));
    }
    AtomicInteger[] accepted = new AtomicInteger[proofs];
    for (int i = 0; i < proofs; i++) {
      accepted[i] = new AtomicInteger();
    }
    ExecutorService pool = Executors.newFixedThreadPool(64);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 64; t++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < proofs; i++) {
                  if (verifier.check(request(), sent.get(i), TOKEN).isValid()) {
                    accepted[i].incrementAndGet();
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    for (int i = 0; i < proofs; i++) {
      assertThat(accepted[i].get()).as("proof " + i).isEqualTo(1);
    }
  }

  @Test
  void aFullStoreRefusesNewProofsUntilOldOnesExpire() {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(DpopFixture.T0));
    InMemoryDpopReplayStore store = new InMemoryDpopReplayStore(2, clock);
    Instant expiry = clock.instant().plusSeconds(70);
    assertThat(store.firstUse("a", expiry)).isTrue();
    assertThat(store.firstUse("b", expiry)).isTrue();
    assertThat(store.firstUse("c", expiry)).isFalse();
    assertThat(store.firstUse("a", expiry)).isFalse();
    clock.set(expiry.plusSeconds(1));
    assertThat(store.firstUse("c", clock.instant().plusSeconds(70))).isTrue();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void theValidFuzzSeedIsAccepted() throws Exception {
    Path seed =
        Path.of(
            "src/test/resources/dev/gatehouse/runtime/jwt/dpop/DpopProofFuzzTestInputs/proofCheck/valid-signed");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String proof =
        DpopProofFuzzTest.signed(text.substring(0, newline), text.substring(newline + 1));
    DpopProofVerifier verifier =
        DpopProofVerifier.builder().clock(DpopFixture.CLOCK).replayStore((k, e) -> true).build();
    assertThat(verifier.check(request(), proof, "at").isValid()).isTrue();
  }

  /** A settable clock. */
  static final class MutableClock extends java.time.Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
