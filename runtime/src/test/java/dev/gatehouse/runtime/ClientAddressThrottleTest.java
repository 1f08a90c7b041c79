package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_OP;
import static dev.gatehouse.runtime.DecisionFixture.PUBLIC;
import static dev.gatehouse.runtime.DecisionFixture.basicAuth;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-client-address throttling of failed authentication (issue 18). */
class ClientAddressThrottleTest {
  /** Refuses an address after two failures, for 30 seconds. */
  private static final class TwoStrikes implements ClientAddressThrottle {
    final Map<String, Integer> failures = new HashMap<>();
    boolean down;

    @Override
    public Duration waitFor(String address) throws VerifierUnavailableException {
      if (down) {
        throw new VerifierUnavailableException("store down", Duration.ofSeconds(7), null);
      }
      return failures.getOrDefault(address, 0) >= 2 ? Duration.ofMillis(29_001) : Duration.ZERO;
    }

    @Override
    public void failed(String address) {
      failures.merge(address, 1, Integer::sum);
    }
  }

  private final TwoStrikes throttle = new TwoStrikes();
  private final AtomicInteger checks = new AtomicInteger();

  private Gatehouse gatehouse() {
    Verifier<BasicCredentials> counted =
        c -> {
          checks.incrementAndGet();
          return DecisionFixture.BASIC_VERIFIER.verify(c);
        };
    return DecisionFixture.builder()
        .throttleClientAddresses(throttle, r -> r.headers("X-Client").stream().findFirst())
        .basic(DecisionFixture.BASIC, counted)
        .bearer(DecisionFixture.BEARER, DecisionFixture.BEARER_VERIFIER)
        .bearer(DecisionFixture.QUERY_BEARER, DecisionFixture.BEARER_VERIFIER)
        .apiKey(DecisionFixture.KEY_H, DecisionFixture.KEY_VERIFIER)
        .apiKey(DecisionFixture.KEY_Q, DecisionFixture.KEY_VERIFIER)
        .apiKey(DecisionFixture.KEY_C, DecisionFixture.KEY_VERIFIER)
        .build();
  }

  private static int status(Decision d) {
    return d instanceof Decision.Deny deny ? deny.status() : 200;
  }

  @Test
  void anAddressIsRefusedBeforeAnyCheckOnceItFailedTooOften() {
    Gatehouse g = gatehouse();
    String wrong = basicAuth("user", "wrong");

    assertThat(status(g.decide(BASIC_OP, request("Authorization", wrong, "X-Client", "10.0.0.1"))))
        .isEqualTo(401);
    assertThat(
            status(
                g.decide(BASIC_OP, request("Authorization", "Basic %%", "X-Client", "10.0.0.1"))))
        .isEqualTo(401); // malformed counts too
    int before = checks.get();
    Decision.Deny throttled =
        (Decision.Deny)
            g.decide(
                BASIC_OP,
                request("Authorization", basicAuth("user", "pass"), "X-Client", "10.0.0.1"));

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.retryAfterSeconds()).hasValue("30");
    assertThat(throttled.challenges()).isEmpty();
    assertThat(throttled.detail())
        .isEqualTo(
            "Too many failed authentication attempts; this client address must wait before it"
                + " tries again; retry after 30 s")
        .doesNotContain("10.0.0.1");
    assertThat(checks.get()).as("no verifier ran").isEqualTo(before);
    // Another address, and a request without one, are not affected.
    assertThat(
            status(
                g.decide(
                    BASIC_OP,
                    request("Authorization", basicAuth("user", "pass"), "X-Client", "10.0.0.2"))))
        .isEqualTo(200);
    assertThat(status(g.decide(BASIC_OP, request("Authorization", basicAuth("user", "pass")))))
        .isEqualTo(200);
  }

  @Test
  void onlyRefusedCredentialsCount() {
    Gatehouse g = gatehouse();
    for (int i = 0; i < 5; i++) {
      g.decide(BASIC_OP, request("X-Client", "10.0.0.3")); // nothing sent: 401 not authenticated
      g.decide(
          BASIC_OP, request("Authorization", basicAuth("user", "pass"), "X-Client", "10.0.0.3"));
    }
    assertThat(throttle.failures).doesNotContainKey("10.0.0.3");
    // A public operation never asks.
    throttle.down = true;
    assertThat(status(g.decide(PUBLIC, request("X-Client", "10.0.0.3")))).isEqualTo(200);
  }

  @Test
  void aThrottleThatCannotAnswerFailsClosed() {
    Gatehouse g = gatehouse();
    throttle.down = true;

    Decision.Deny deny =
        (Decision.Deny)
            g.decide(
                BASIC_OP,
                request("Authorization", basicAuth("user", "pass"), "X-Client", "10.0.0.4"));

    assertThat(deny.status()).isEqualTo(503);
    assertThat(deny.retryAfterSeconds()).hasValue("7");
    assertThat(Optional.of(deny.detail()))
        .hasValueSatisfying(d -> assertThat(d).doesNotContain("store down"));
  }
}
