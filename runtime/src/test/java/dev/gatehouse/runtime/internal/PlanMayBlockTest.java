package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.DpopProofChecker;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A prepared operation may block when a scheme it names has a verifier that may, or a sender check
 * (DPoP's replay store may be the application's own database), even when its verifier checks memory
 * alone.
 */
class PlanMayBlockTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC);

  private static final Verifier<BearerToken> IN_MEMORY_TOKENS =
      new Verifier<>() {
        @Override
        public Verification verify(BearerToken token) {
          return Verification.granted("reader");
        }

        @Override
        public boolean mayBlock() {
          return false;
        }
      };

  private static final Verifier<ApiKey> LAMBDA_KEYS = key -> Verification.granted("bot");

  private static final DpopProofChecker PROOFS =
      new DpopProofChecker() {
        @Override
        public DpopResult check(RequestView request, String proof, String accessToken) {
          throw new AssertionError("not called: nothing is decided here");
        }

        @Override
        public List<String> algorithms() {
          return List.of("ES256");
        }
      };

  private final Decider decider =
      new Decider(
          Map.of(
              "Bearer", SchemeDefinition.bearer("Bearer", Extractors.bearer()),
              "Dpop", SchemeDefinition.bearer("Dpop", new DpopAwareExtractor(Extractors.oauth2())),
              "Key",
                  SchemeDefinition.apiKeyHeader("Key", "X-Key", Extractors.apiKeyHeader("X-Key"))),
          Map.<String, Verifier<? extends Credential>>of(
              "Bearer", IN_MEMORY_TOKENS, "Dpop", IN_MEMORY_TOKENS, "Key", LAMBDA_KEYS),
          "test",
          new DigestNonces(new byte[32], Duration.ofMinutes(5), CLOCK),
          null,
          Map.of("Dpop", new SenderCheck(SenderConstraint.DPOP, PROOFS, null)),
          CLOCK,
          Duration.ofSeconds(60));

  /** Whether an operation taking any one of {@code schemes} may block. */
  @SuppressWarnings("unchecked")
  private boolean mayBlock(String... schemes) {
    List<SchemeRequirement>[] alternatives = new List[schemes.length];
    for (int i = 0; i < schemes.length; i++) {
      alternatives[i] = List.of(SchemeRequirement.of(schemes[i]));
    }
    return decider
        .prepare(OperationSecurity.required("op()", "GET", "/op", false, alternatives))
        .mayBlock();
  }

  @Test
  void aSenderCheckOrAVerifierThatMayBlockMakesTheOperationBlock() {
    assertThat(mayBlock("Bearer")).isFalse();
    assertThat(mayBlock("Dpop")).as("DPoP-bound").isTrue();
    assertThat(mayBlock("Key")).as("a lambda verifier").isTrue();
    assertThat(mayBlock("Bearer", "Dpop")).isTrue();
    assertThat(mayBlock("Bearer", "Key")).isTrue();
  }
}
