package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.KEY_OR_BEARER;
import static dev.gatehouse.runtime.DecisionFixture.KEY_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Cheap checks come first (security rules 1.1.1 step 3): a malformed credential decides the request
 * before any verifier runs, so an outage of one verifier cannot turn a client's mistake into a 503,
 * and no hashing is spent on a request that is already refused.
 */
class DecisionOrderTest {

  @Test
  void aMalformedBearerTokenIsRefusedWithoutCallingAnyVerifier() {
    AtomicInteger keyCalls = new AtomicInteger();
    Verifier<ApiKey> countingKeys =
        k -> {
          keyCalls.incrementAndGet();
          return KEY_VERIFIER.verify(k);
        };
    Gatehouse gatehouse = DecisionFixture.gatehouse(BASIC_VERIFIER, BEARER_VERIFIER, countingKeys);

    Decision d =
        gatehouse.decide(
            KEY_OR_BEARER,
            request("X-API-Key", DecisionFixture.KEY, "Authorization", "Bearer a b"));

    assertThat(d).isInstanceOf(Decision.Deny.class);
    assertThat(((Decision.Deny) d).status()).isEqualTo(401);
    assertThat(((Decision.Deny) d).challenges())
        .containsExactly("APIKey realm=\"test\"", "Bearer realm=\"test\", error=\"invalid_token\"");
    assertThat(keyCalls).hasValue(0);
  }

  @Test
  void aMalformedCredentialBeatsAVerifierOutage() {
    Verifier<ApiKey> down =
        k -> {
          throw new java.io.IOException("key store unreachable");
        };
    Gatehouse gatehouse = DecisionFixture.gatehouse(BASIC_VERIFIER, BEARER_VERIFIER, down);

    Decision d =
        gatehouse.decide(
            KEY_OR_BEARER,
            request("X-API-Key", DecisionFixture.KEY, "Authorization", "Bearer a b"));

    assertThat(((Decision.Deny) d).status()).isEqualTo(401);
  }
}
