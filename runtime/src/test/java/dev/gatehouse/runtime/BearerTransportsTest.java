package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_READ;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.KEY_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.QUERY_BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 6750's query transport stays off until the application switches it on per scheme. */
class BearerTransportsTest {

  private static Gatehouse gatehouse(boolean query) {
    Gatehouse.Builder b =
        DecisionFixture.builder()
            .basic(DecisionFixture.BASIC, BASIC_VERIFIER)
            .bearer(BEARER, BEARER_VERIFIER)
            .bearer(QUERY_BEARER, BEARER_VERIFIER)
            .apiKey(DecisionFixture.KEY_H, KEY_VERIFIER)
            .apiKey(DecisionFixture.KEY_Q, KEY_VERIFIER)
            .apiKey(DecisionFixture.KEY_C, KEY_VERIFIER);
    if (query) {
      b.bearerTransports(BEARER, false, true);
    }
    return b.build();
  }

  @Test
  void aQueryTokenIsIgnoredUntilEnabled() {
    var request = DecisionFixture.requestWithQuery("access_token=tok-read");

    assertThat(gatehouse(false).decide(BEARER_READ, request)).isInstanceOf(Decision.Deny.class);
    assertThat(gatehouse(true).decide(BEARER_READ, request)).isInstanceOf(Decision.Allow.class);
  }

  @Test
  void headerAndQueryTogetherAre400WhenBothAreEnabled() {
    var request =
        DecisionFixture.requestWithQuery(
            "access_token=tok-read", "Authorization", "Bearer tok-read");

    Decision d = gatehouse(true).decide(BEARER_READ, request);

    assertThat(((Decision.Deny) d).status()).isEqualTo(400);
  }

  @Test
  void transportsForANonBearerSchemeAreAStartUpError() {
    assertThatThrownBy(
            () ->
                DecisionFixture.builder()
                    .basic(DecisionFixture.BASIC, BASIC_VERIFIER)
                    .bearerTransports(DecisionFixture.BASIC, false, true)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "bearer transports are configured for \"" + DecisionFixture.BASIC + "\"");
  }
}
