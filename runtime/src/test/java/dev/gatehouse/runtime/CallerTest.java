package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC;
import static dev.gatehouse.runtime.DecisionFixture.BEARER;
import static dev.gatehouse.runtime.DecisionFixture.BOTH;
import static dev.gatehouse.runtime.DecisionFixture.KEY;
import static dev.gatehouse.runtime.DecisionFixture.KEY_H;
import static dev.gatehouse.runtime.DecisionFixture.OPTIONAL;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an allowed request hands to the endpoint ({@link Caller}): every scheme of the satisfied
 * requirement, granted and required scopes, and principals typed as their verifiers made them.
 */
class CallerTest {
  /** An application's own principal type. */
  record User(String username, String email) implements Principal {
    @Override
    public String getName() {
      return username;
    }
  }

  private static final User ALICE = new User("alice", "alice@example.com");

  private static Gatehouse gatehouse() {
    return DecisionFixture.gatehouse(
        DecisionFixture.BASIC_VERIFIER,
        t ->
            t.token().equals("tok-alice")
                ? Verification.granted(ALICE, Set.of("read", "extra"))
                : Verification.rejected(),
        DecisionFixture.KEY_VERIFIER);
  }

  @Test
  void anAndSetHandsOverBothSchemesWithTypedPrincipalsAndRequiredScopes() {
    Decision decision =
        gatehouse().decide(BOTH, request("X-API-Key", KEY, "Authorization", "Bearer tok-alice"));

    Caller caller = ((Decision.Allow) decision).caller();
    assertThat(caller.isAnonymous()).isFalse();
    assertThat(caller.schemes()).containsExactly(KEY_H, BEARER);
    assertThat(caller.principal(User.class)).isSameAs(ALICE);
    assertThat(caller.principal(BEARER, User.class)).isSameAs(ALICE);
    assertThat(caller.principal(KEY_H, String.class)).isEqualTo("ci-bot");
    assertThat(caller.name()).hasValue("ci-bot");
    assertThat(caller.scopes()).containsExactlyInAnyOrder("read", "extra");
    assertThat(caller.requiredScopes()).containsExactly("read");
    assertThat(caller.authentication(BEARER).orElseThrow().requiredScopes())
        .containsExactly("read");
    assertThat(caller.authentication(KEY_H).orElseThrow().requiredScopes()).isEmpty();
    assertThat(caller.hasScope("extra")).isTrue();
  }

  @Test
  void askingForAPrincipalNobodyHasSaysWhichSchemesThereAre() {
    Caller caller =
        ((Decision.Allow)
                gatehouse()
                    .decide(BOTH, request("X-API-Key", KEY, "Authorization", "Bearer tok-alice")))
            .caller();
    assertThat(caller.findPrincipal(Integer.class)).isEmpty();
    assertThatThrownBy(() -> caller.principal(Integer.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("java.lang.Integer")
        .hasMessageContaining(KEY_H);
    assertThatThrownBy(() -> caller.principal(BASIC, User.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(BASIC);
  }

  @Test
  void anAnonymousCallerHasNoSchemeNoScopesAndNoPrincipal() {
    Caller caller = ((Decision.Allow) gatehouse().decide(OPTIONAL, request())).caller();
    assertThat(caller).isSameAs(Caller.anonymous());
    assertThat(caller.isAnonymous()).isTrue();
    assertThat(caller.schemes()).isEmpty();
    assertThat(caller.scopes()).isEmpty();
    assertThat(caller.requiredScopes()).isEmpty();
    assertThat(caller.name()).isEmpty();
    assertThat(caller.findPrincipal(Object.class)).isEmpty();
    assertThat(caller.toString()).isEqualTo("Caller[anonymous]");
  }

  @Test
  void aVerifierReturningANameGivesTheNameAsPrincipal() {
    Verification named = Verification.granted("bob", Set.of("a"));
    assertThat(named.principalObject()).isEqualTo("bob");
    Authentication who = new Authentication("bob", "S", Set.of("a"));
    assertThat(who.principal(String.class)).hasValue("bob");
    assertThat(Caller.of(List.of(who)).principal(String.class)).isEqualTo("bob");
    assertThat(Caller.of(List.of(who))).isEqualTo(Caller.of(List.of(who)));
  }

  @Test
  void anExplicitNameGoesWithAnyPrincipalObject() {
    Object client = new int[] {1};
    Verification granted = Verification.granted("client-7", client, Set.of());
    assertThat(granted.principal()).isEqualTo("client-7");
    assertThat(granted.principalObject()).isSameAs(client);
    assertThat(granted.toString()).contains("client-7").contains("principal=int[]");
  }
}
