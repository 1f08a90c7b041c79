package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_READ;
import static dev.gatehouse.runtime.DecisionFixture.KEY_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What a bearer verifier says reaches the client: a fixed rejection reason becomes the challenge's
 * {@code error_description}; "unavailable" becomes 503 with {@code Retry-After}.
 */
class VerifierOutcomeTest {

  @Test
  void aRejectionReasonBecomesTheErrorDescription() {
    Gatehouse gatehouse =
        DecisionFixture.gatehouse(
            BASIC_VERIFIER, t -> Verification.rejected("The access token expired"), KEY_VERIFIER);

    Decision.Deny deny =
        (Decision.Deny) gatehouse.decide(BEARER_READ, request("Authorization", "Bearer tok-read"));

    assertThat(deny.status()).isEqualTo(401);
    assertThat(deny.challenges())
        .containsExactly(
            "Bearer realm=\"test\", error=\"invalid_token\", error_description=\"The access token"
                + " expired\"");
  }

  @Test
  void anUnavailableVerifierIs503WithRetryAfter() {
    Gatehouse gatehouse =
        DecisionFixture.gatehouse(
            BASIC_VERIFIER,
            t -> {
              throw new VerifierUnavailableException(
                  "JWKS unreachable", Duration.ofMillis(2500), null);
            },
            KEY_VERIFIER);

    Decision.Deny deny =
        (Decision.Deny) gatehouse.decide(BEARER_READ, request("Authorization", "Bearer tok-read"));

    assertThat(deny.status()).isEqualTo(503);
    assertThat(deny.challenges()).isEmpty();
    assertThat(deny.retryAfterSeconds()).hasValue("2");
    assertThat(deny.body()).doesNotContain("JWKS");
  }

  @Test
  void aThrottledVerifierIs429WithRetryAfterAndNoChallenge() {
    Gatehouse gatehouse =
        DecisionFixture.gatehouse(
            c -> {
              throw new AuthenticationThrottledException("too many", Duration.ofSeconds(30));
            },
            DecisionFixture.BEARER_VERIFIER,
            KEY_VERIFIER);

    Decision.Deny deny =
        (Decision.Deny)
            gatehouse.decide(
                DecisionFixture.BASIC_OP,
                request("Authorization", "Basic dXNlcjpwYXNz")); // user:pass

    assertThat(deny.status()).isEqualTo(429);
    assertThat(deny.challenges()).isEmpty();
    assertThat(deny.retryAfterSeconds()).hasValue("30");
    assertThat(deny.body())
        .isEqualTo(
            "{\"detail\":\"Too many failed authentication attempts; the verifier of scheme"
                + " HTTPBasic refuses further attempts for now; retry after 30 s\"}");
  }

  @Test
  void rejectionReasonsMustBeSafeToSend() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Verification.rejected("bad \"quote\""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
