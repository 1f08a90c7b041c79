package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Confirmation;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.Decision;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The step-up check of RFC 9470 (issue 16): which tokens a {@code @StepUp} operation accepts, and
 * the exact 401 {@code insufficient_user_authentication} challenge and detail for the others.
 */
class StepUpDecisionTest {
  private static final Instant T0 = Instant.ofEpochSecond(1_700_000_000L);
  private static final String JKT = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";
  private static final String ALGS = "ES256 PS256";
  private static final StepUpRequirement GOLD_5_MIN =
      new StepUpRequirement(List.of("gold", "platinum"), 300);

  /** Tokens of the fixture, each a verification of its own. */
  private static final Map<String, Verification> TOKENS =
      Map.ofEntries(
          Map.entry("gold-now", token("gold", T0)),
          Map.entry("platinum-old", token("platinum", T0.minusSeconds(300 + 60))),
          Map.entry("gold-too-old", token("gold", T0.minusSeconds(300 + 61))),
          Map.entry("silver-now", token("silver", T0)),
          Map.entry("no-acr", token(null, T0)),
          Map.entry("no-auth-time", token("gold", null)),
          Map.entry("future", token("gold", T0.plusSeconds(61))),
          Map.entry("skewed", token("gold", T0.plusSeconds(60))),
          Map.entry("no-context", Verification.granted("alice", Set.of("read"))),
          Map.entry(
              "dpop-silver", token("silver", T0).withConfirmation(new Confirmation(JKT, null))));

  private static Verification token(String acr, Instant authTime) {
    return Verification.granted("alice", Set.of("read")).withAuthenticationContext(acr, authTime);
  }

  private static final Verifier<BearerToken> TOKEN_VERIFIER =
      t -> TOKENS.getOrDefault(t.token(), Verification.rejected());

  private static final Verifier<dev.gatehouse.runtime.ApiKey> KEY_VERIFIER =
      k -> k.key().equals("AK-1") ? Verification.granted("robot") : Verification.rejected();

  private final Map<String, SchemeDefinition> schemes =
      Map.of(
          "Bearer", SchemeDefinition.bearer("Bearer", Extractors.bearer()),
          "Dpop", SchemeDefinition.bearer("Dpop", new DpopAwareExtractor(Extractors.oauth2())),
          "Key", SchemeDefinition.apiKeyHeader("Key", "X-Key", Extractors.apiKeyHeader("X-Key")));

  private final Map<String, Verifier<? extends Credential>> verifiers =
      Map.of("Bearer", TOKEN_VERIFIER, "Dpop", TOKEN_VERIFIER, "Key", KEY_VERIFIER);

  private final DpopProofChecker proofs =
      new DpopProofChecker() {
        @Override
        public DpopResult check(RequestView request, String proof, String accessToken) {
          return DpopResult.valid(JKT);
        }

        @Override
        public List<String> algorithms() {
          return List.of("ES256", "PS256");
        }
      };

  private final Decider decider =
      new Decider(
          schemes,
          verifiers,
          "test",
          new DigestNonces(new byte[32], Duration.ofMinutes(5), Clock.fixed(T0, ZoneOffset.UTC)),
          "https://api.example.com/.well-known/oauth-protected-resource",
          Map.of("Dpop", new SenderCheck(SenderConstraint.DPOP, proofs, null)),
          Clock.fixed(T0, ZoneOffset.UTC),
          Duration.ofSeconds(60));

  private static OperationSecurity op(StepUpRequirement stepUp, String... schemesAndScopes) {
    return OperationSecurity.required(
            "pay()",
            "POST",
            "/pay",
            false,
            List.of(
                SchemeRequirement.of(
                    schemesAndScopes[0],
                    java.util.Arrays.copyOfRange(schemesAndScopes, 1, schemesAndScopes.length))))
        .withStepUp(stepUp);
  }

  private Decision bearer(OperationSecurity op, String token) {
    return decider.decide(op, Requests.authorization("Bearer " + token));
  }

  private static final String RM =
      ", resource_metadata=\"https://api.example.com/.well-known/oauth-protected-resource\"";

  private static Decision.Deny deny(Decision d) {
    assertThat(d).isInstanceOf(Decision.Deny.class);
    return (Decision.Deny) d;
  }

  @Test
  void theRightAcrWithinMaxAgeIsLetIn() {
    assertThat(bearer(op(GOLD_5_MIN, "Bearer"), "gold-now")).isInstanceOf(Decision.Allow.class);
    // max_age + skew exactly: still in.
    assertThat(bearer(op(GOLD_5_MIN, "Bearer"), "platinum-old")).isInstanceOf(Decision.Allow.class);
    // auth_time up to the skew in the future: in.
    assertThat(bearer(op(GOLD_5_MIN, "Bearer"), "skewed")).isInstanceOf(Decision.Allow.class);
  }

  @Test
  void anotherAcrIsRefusedWithTheExactChallenge() {
    Decision.Deny deny = deny(bearer(op(GOLD_5_MIN, "Bearer"), "silver-now"));
    assertThat(deny.status()).isEqualTo(401);
    assertThat(deny.reason()).isEqualTo(Decision.Reason.INSUFFICIENT_USER_AUTHENTICATION);
    assertThat(deny.challenges())
        .containsExactly(
            "Bearer realm=\"test\", error=\"insufficient_user_authentication\","
                + " error_description=\"A different authentication level is required\","
                + " acr_values=\"gold platinum\", max_age=300"
                + RM);
    assertThat(deny.detail())
        .isEqualTo(
            "Insufficient user authentication; the Bearer token (scheme Bearer) was issued for an"
                + " authentication context class (acr) the operation does not accept; authenticate"
                + " again for acr_values \"gold platinum\" and max_age 300 (RFC 9470)");
  }

  @Test
  void aMissingAcrIsRefused() {
    Decision.Deny deny = deny(bearer(op(GOLD_5_MIN, "Bearer"), "no-acr"));
    assertThat(deny.challenges().get(0))
        .contains("error_description=\"A different authentication level is required\"");
    assertThat(deny.detail())
        .contains("the Bearer token (scheme Bearer) carries no authentication context class (acr)");
  }

  @Test
  void aStaleAuthenticationIsRefused() {
    Decision.Deny deny = deny(bearer(op(GOLD_5_MIN, "Bearer"), "gold-too-old"));
    assertThat(deny.challenges())
        .containsExactly(
            "Bearer realm=\"test\", error=\"insufficient_user_authentication\","
                + " error_description=\"More recent authentication is required\","
                + " acr_values=\"gold platinum\", max_age=300"
                + RM);
    assertThat(deny.detail()).contains("older than the operation's max_age");
  }

  @Test
  void aMissingAuthTimeIsRefusedOnlyWhenMaxAgeIsRequired() {
    Decision.Deny deny = deny(bearer(op(GOLD_5_MIN, "Bearer"), "no-auth-time"));
    assertThat(deny.detail()).contains("does not say when the user authenticated (no auth_time)");
    assertThat(bearer(op(new StepUpRequirement(List.of("gold"), -1), "Bearer"), "no-auth-time"))
        .isInstanceOf(Decision.Allow.class);
  }

  @Test
  void anAuthTimeInTheFutureBeyondTheSkewIsRefused() {
    Decision.Deny deny =
        deny(bearer(op(new StepUpRequirement(List.of(), 300), "Bearer"), "future"));
    assertThat(deny.challenges())
        .containsExactly(
            "Bearer realm=\"test\", error=\"insufficient_user_authentication\","
                + " error_description=\"The authentication time is in the future\", max_age=300"
                + RM);
  }

  @Test
  void aVerifierThatReportsNoAuthenticationContextNeverSatisfiesStepUp() {
    Decision.Deny deny = deny(bearer(op(GOLD_5_MIN, "Bearer"), "no-context"));
    assertThat(deny.status()).isEqualTo(401);
    assertThat(deny.reason()).isEqualTo(Decision.Reason.INSUFFICIENT_USER_AUTHENTICATION);
    // Without step-up the same token is fine.
    assertThat(bearer(op(null, "Bearer"), "no-context")).isInstanceOf(Decision.Allow.class);
  }

  @Test
  void aRequirementObjectWithoutATokenNeverSatisfiesStepUp() {
    OperationSecurity keyOnly = op(GOLD_5_MIN, "Key");
    Decision.Deny deny = deny(decider.decide(keyOnly, Requests.headers("X-Key", "AK-1")));
    assertThat(deny.status()).isEqualTo(401);
    assertThat(deny.challenges()).containsExactly("APIKey realm=\"test\"");
    assertThat(deny.detail())
        .isEqualTo(
            "Insufficient user authentication; the operation requires step-up authentication (RFC"
                + " 9470), which only an access token can show; authenticate again for acr_values"
                + " \"gold platinum\" and max_age 300 (RFC 9470)");
  }

  @Test
  void anotherAlternativeMeetingTheRequirementLetsIn() {
    OperationSecurity either =
        OperationSecurity.required(
                "pay()",
                "POST",
                "/pay",
                false,
                List.of(SchemeRequirement.of("Key"), SchemeRequirement.of("Bearer")))
            .withStepUp(GOLD_5_MIN);
    SimpleRequest request =
        SimpleRequest.builder()
            .header("X-Key", "AK-1")
            .header("Authorization", "Bearer gold-now")
            .build();
    assertThat(decider.decide(either, request)).isInstanceOf(Decision.Allow.class);
  }

  @Test
  void missingScopesStillAnswer403BeforeStepUp() {
    Decision.Deny deny = deny(bearer(op(GOLD_5_MIN, "Bearer", "write"), "silver-now"));
    assertThat(deny.status()).isEqualTo(403);
  }

  /** RFC 9449 section 7.1: a DPoP-only scheme answers a missing scope with a DPoP challenge. */
  @Test
  void aDpopTokenLackingAScopeGetsADpopInsufficientScopeChallenge() {
    SimpleRequest request =
        SimpleRequest.builder()
            .header("Authorization", "DPoP dpop-silver")
            .header("DPoP", "proof")
            .build();
    OperationSecurity op =
        OperationSecurity.required(
            "pay()", "POST", "/pay", false, List.of(SchemeRequirement.of("Dpop", "write")));
    Decision.Deny deny = deny(decider.decide(op, request));
    assertThat(deny.status()).isEqualTo(403);
    assertThat(deny.challenges())
        .containsExactly(
            "DPoP realm=\"test\", error=\"insufficient_scope\", scope=\"write\", algs=\""
                + ALGS
                + "\""
                + RM);
  }

  @Test
  void aDpopTokenGetsTheDpopChallenge() {
    SimpleRequest request =
        SimpleRequest.builder()
            .header("Authorization", "DPoP dpop-silver")
            .header("DPoP", "proof")
            .build();
    Decision.Deny deny = deny(decider.decide(op(GOLD_5_MIN, "Dpop"), request));
    assertThat(deny.challenges())
        .containsExactly(
            "DPoP realm=\"test\", error=\"insufficient_user_authentication\","
                + " error_description=\"A different authentication level is required\","
                + " acr_values=\"gold platinum\", max_age=300, algs=\""
                + ALGS
                + "\""
                + RM);
  }

  @Test
  void requirementsAreValidated() {
    assertThatThrownBy(() -> new StepUpRequirement(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StepUpRequirement(List.of("a b"), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StepUpRequirement(List.of("gold"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOperationTableCarriesStepUp() {
    OperationSecurity read =
        OperationTable.row(
            new String[] {
              "pay()", "POST", "/pay", "Bearer read", "!acr_values gold platinum", "!max_age 300"
            });
    assertThat(read.stepUp()).isEqualTo(GOLD_5_MIN);
    assertThat(read.alternatives()).hasSize(1);
    assertThat(
            OperationTable.row(new String[] {"a()", "GET", "/a", "Bearer", "!max_age 5"}).stepUp())
        .isEqualTo(new StepUpRequirement(List.of(), 5));
    assertThatThrownBy(() -> OperationTable.row(new String[] {"a()", "GET", "/a", "!max_age 5"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OperationTable.row(new String[] {"a()", "GET", "/a", "Bearer", "!max_age x"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OperationTable.row(new String[] {"a()", "GET", "/a", "Bearer", "!other 1"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
