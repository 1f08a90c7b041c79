package dev.gatehouse.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Decision;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every adapter writes for a refusal, in order. */
class RefusalTest {

  @Test
  void challengesComeFirstInOrderThenNoStoreRetryAfterAndTheMediaType() {
    Refusal refusal =
        Refusal.of(
            new Decision.Deny(
                503,
                List.of("Bearer realm=\"a\"", "Basic realm=\"a\", charset=\"UTF-8\""),
                "Service Unavailable",
                Duration.ofMillis(1500)));
    assertThat(refusal.status()).isEqualTo(503);
    assertThat(refusal.headers())
        .containsExactly(
            new Refusal.Header("WWW-Authenticate", "Bearer realm=\"a\""),
            new Refusal.Header("WWW-Authenticate", "Basic realm=\"a\", charset=\"UTF-8\""),
            new Refusal.Header("Cache-Control", "no-store"),
            new Refusal.Header("Retry-After", "1"),
            new Refusal.Header("Content-Type", "application/json; charset=UTF-8"));
    assertThat(new String(refusal.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"detail\":\"Service Unavailable\"}");
  }

  @Test
  void theBodyCannotBeChangedThroughTheArrayItReturns() {
    byte[] body = Refusal.NOT_FOUND.body();
    body[0] = 'x';
    assertThat(Refusal.NOT_FOUND.body()[0]).isEqualTo((byte) '{');
  }

  @Test
  void routeRefusalsHaveNoChallenges() {
    assertThat(Refusal.INVALID_PATH.status()).isEqualTo(400);
    assertThat(Refusal.NOT_FOUND.status()).isEqualTo(404);
    assertThat(Refusal.INVALID_PATH.headers())
        .extracting(Refusal.Header::name)
        .containsExactly("Cache-Control", "Content-Type");
    assertThat(new String(Refusal.INVALID_PATH.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"detail\":\"Invalid request path\"}");
  }

  @Test
  void theDecisionsOwnHeadersFollowTheChallengesAndSurviveAnotherDetail() {
    Decision.Deny deny =
        new Decision.Deny(401, List.of("DPoP realm=\"a\", algs=\"ES256\""), "Invalid")
            .withHeader("DPoP-Nonce", "n-1_A")
            .withDetail("Refused");
    assertThat(Refusal.of(deny).headers())
        .containsExactly(
            new Refusal.Header("WWW-Authenticate", "DPoP realm=\"a\", algs=\"ES256\""),
            new Refusal.Header("DPoP-Nonce", "n-1_A"),
            new Refusal.Header("Cache-Control", "no-store"),
            new Refusal.Header("Content-Type", "application/json; charset=UTF-8"));
    assertThat(deny.detail()).isEqualTo("Refused");
  }

  @Test
  void aHeaderLineCannotSplitTheResponse() {
    for (String[] bad :
        new String[][] {
          {"DPoP-Nonce", "a\r\nSet-Cookie: x=1"},
          {"DPoP-Nonce", "a\n"},
          {"DPoP-Nonce", "\u00e9"},
          {"DPoP Nonce", "a"},
          {"", "a"},
          {"DPoP-Nonce:", "a"},
          {"X\r\nY", "a"}
        }) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Refusal.Header(bad[0], bad[1]))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(new Refusal.Header("Content-Type", "a; b=\"c\"\t").value()).endsWith("\t");
  }
}
