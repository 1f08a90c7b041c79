package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_READ;
import static dev.gatehouse.runtime.DecisionFixture.BT;
import static dev.gatehouse.runtime.DecisionFixture.INVALID;
import static dev.gatehouse.runtime.DecisionFixture.KEY_H_OP;
import static dev.gatehouse.runtime.DecisionFixture.assertDecision;
import static dev.gatehouse.runtime.DecisionFixture.bearerAuth;
import static dev.gatehouse.runtime.DecisionFixture.bs;
import static dev.gatehouse.runtime.DecisionFixture.deny;
import static dev.gatehouse.runtime.DecisionFixture.forbidden;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An operation needing one scheme is decided without per-request arrays when its caller is let in;
 * every other outcome continues on the general path. Whichever way it ends, the credential is
 * verified exactly once (a verifier may count failures, note a last use or consume a nonce), and
 * the answer is the general path's.
 */
class SingleSchemeDecisionTest {
  private static final Verification READER = Verification.granted("reader", Set.of("read"));
  private static final Verification WRITER = Verification.granted("writer", Set.of("write"));
  private static final Verification BOUND =
      Verification.granted("bound", Set.of("read"))
          .withConfirmation(new Confirmation("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I", null));

  private final AtomicInteger calls = new AtomicInteger();
  private final Map<String, Verification> tokens =
      Map.of("tok-read", READER, "tok-write", WRITER, "tok-bound", BOUND);
  private final Gatehouse gatehouse =
      DecisionFixture.gatehouse(
          BASIC_VERIFIER,
          t -> {
            calls.incrementAndGet();
            if (t.token().equals("tok-null")) {
              return null;
            }
            return tokens.getOrDefault(t.token(), Verification.rejected("unknown token"));
          },
          DecisionFixture.KEY_VERIFIER);

  private Decision decide(String token) {
    return gatehouse.decide(BEARER_READ, request("Authorization", bearerAuth(token)));
  }

  @Test
  void anAcceptedCallerIsVerifiedOnceAndGetsTheSameAnswerAgain() {
    Decision first = decide("tok-read");
    Decision again = decide("tok-read");

    assertThat(calls).hasValue(2);
    assertThat(first).isInstanceOf(Decision.Allow.class).isSameAs(again);
    Authentication who = ((Decision.Allow) first).principal().orElseThrow();
    assertThat(who.getName()).isEqualTo("reader");
    assertThat(who.requiredScopes()).containsExactly("read");
  }

  @Test
  void aRejectedTokenIsVerifiedOnceAndRefusedAsTheGeneralPathRefusesIt() {
    assertDecision(
        decide("tok-unknown"), deny(401, INVALID, BT + ", error_description=\"unknown token\""));
    assertThat(calls).hasValue(1);
    assertDecision(decide("tok-null"), deny(401, INVALID, BT));
    assertThat(calls).hasValue(2);
  }

  @Test
  void aTokenLackingTheScopeIsVerifiedOnceAndAnswered403() {
    assertDecision(decide("tok-write"), deny(403, forbidden("read"), bs("read")));
    assertThat(calls).hasValue(1);
  }

  @Test
  void aDpopBoundTokenSentAsBearerIsVerifiedOnceAndRefused() {
    Decision d = decide("tok-bound");

    assertThat(calls).hasValue(1);
    assertThat(((Decision.Deny) d).status()).isEqualTo(401);
    assertThat(((Decision.Deny) d).challenges())
        .singleElement()
        .asString()
        .startsWith("Bearer realm=\"test\", error=\"invalid_token\"");
  }

  @Test
  void aMissingCredentialIsNotVerified() {
    Decision d = gatehouse.decide(BEARER_READ, request());

    assertThat(((Decision.Deny) d).status()).isEqualTo(401);
    assertThat(calls).hasValue(0);
  }

  @Test
  void anApiKeyAllowIsReusedWhileTheVerifierRepeatsItsAnswer() {
    Verification bot = Verification.granted("ci-bot");
    Gatehouse g =
        DecisionFixture.gatehouse(
            BASIC_VERIFIER,
            t -> Verification.rejected(),
            k -> DecisionFixture.KEY.equals(k.key()) ? bot : Verification.rejected());
    Decision a = g.decide(KEY_H_OP, request("X-API-Key", DecisionFixture.KEY));
    Decision b = g.decide(KEY_H_OP, request("X-API-Key", DecisionFixture.KEY));
    assertThat(a).isInstanceOf(Decision.Allow.class).isSameAs(b);
  }

  @Test
  void aNullOperationFailsClosed() {
    Decision d = gatehouse.decide(null, request("Authorization", bearerAuth("tok-read")));

    assertThat(((Decision.Deny) d).status()).isEqualTo(503);
    assertThat(calls).hasValue(0);
  }
}
