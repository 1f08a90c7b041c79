package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BEARER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_READ;
import static dev.gatehouse.runtime.DecisionFixture.ENDPOINT;
import static dev.gatehouse.runtime.DecisionFixture.KEY;
import static dev.gatehouse.runtime.DecisionFixture.KEY_H_OP;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.spi.Operation;
import dev.gatehouse.runtime.spi.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The refusal extension points: renderers (the default {@code {"detail"}} and RFC 9457), chosen by
 * the document; application detail texts per reason; the decision listener.
 */
class RefusalRenderingTest {

  /** The fixture's endpoint, compiled with {@code -Agatehouse.refusals=problem}. */
  record ProblemEndpoint(
      String endpointInterface, List<OperationSecurity> operations, String documentTitle)
      implements GeneratedEndpoint {
    @Override
    public String refusals() {
      return "problem";
    }
  }

  private static Gatehouse.Builder builder(boolean problem) {
    GeneratedEndpoint endpoint =
        problem
            ? new ProblemEndpoint(
                ENDPOINT.endpointInterface(), ENDPOINT.operations(), "Fixture API")
            : ENDPOINT;
    return Gatehouse.builder()
        .generated(DecisionFixture.schemes(""), List.of(endpoint))
        .realm("test")
        .basic(DecisionFixture.BASIC, DecisionFixture.BASIC_VERIFIER)
        .bearer(BEARER, DecisionFixture.BEARER_VERIFIER)
        .bearer(DecisionFixture.QUERY_BEARER, DecisionFixture.BEARER_VERIFIER)
        .apiKey(DecisionFixture.KEY_H, DecisionFixture.KEY_VERIFIER)
        .apiKey(DecisionFixture.KEY_Q, DecisionFixture.KEY_VERIFIER)
        .apiKey(DecisionFixture.KEY_C, DecisionFixture.KEY_VERIFIER);
  }

  private static Operation operation(Gatehouse gatehouse, String key) {
    return gatehouse.operations().stream()
        .filter(o -> o.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static String body(Refusal refusal) {
    return new String(refusal.body(), StandardCharsets.UTF_8);
  }

  private static String header(Refusal refusal, String name) {
    return refusal.headers().stream()
        .filter(h -> h.name().equals(name))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void theDefaultBodyIsFastApisDetail() {
    Gatehouse gatehouse = builder(false).build();
    Operation op = operation(gatehouse, "GET /bearer");
    Refusal refusal = op.refusal((Decision.Deny) op.decide(request()));
    assertThat(refusal.status()).isEqualTo(401);
    assertThat(header(refusal, "Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(body(refusal)).startsWith("{\"detail\":\"Not authenticated; ");
    assertThat(gatehouse.refusalRenderer()).isSameAs(RefusalRenderer.detail());
  }

  @Test
  void aProblemDocumentMakesProblemBodiesWithTheSameStatusAndChallenges() {
    Gatehouse gatehouse = builder(true).build();
    Operation op = operation(gatehouse, "GET /bearer");
    Decision.Deny deny = (Decision.Deny) op.decide(request("Authorization", "Bearer tok-none"));
    Refusal refusal = op.refusal(deny);
    assertThat(refusal.status()).isEqualTo(403);
    assertThat(header(refusal, "Content-Type")).isEqualTo("application/problem+json");
    assertThat(header(refusal, "WWW-Authenticate")).contains("error=\"insufficient_scope\"");
    assertThat(body(refusal))
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + deny.detail()
                + "\",\"reason\":\"insufficient_scope\"}");
  }

  @Test
  void aRendererTheDocumentDoesNotDescribeFailsAtStartUp() {
    assertThatThrownBy(
            () -> builder(false).refusalRenderer(RefusalRenderer.problemDetails()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("application/problem+json")
        .hasMessageContaining("-Agatehouse.refusals");
    assertThat(
            builder(true)
                .refusalRenderer(RefusalRenderer.problemDetails())
                .build()
                .refusalRenderer())
        .isSameAs(RefusalRenderer.problemDetails());
  }

  @Test
  void applicationDetailTextsReplaceGatehousesPerReason() {
    Gatehouse gatehouse =
        builder(false).detail(Decision.Reason.NOT_AUTHENTICATED, "Please sign in").build();
    Decision.Deny missing = (Decision.Deny) gatehouse.decide(BEARER_READ, request());
    assertThat(missing.detail()).isEqualTo("Please sign in");
    assertThat(missing.reason()).isEqualTo(Decision.Reason.NOT_AUTHENTICATED);
    assertThat(missing.challenges()).isNotEmpty();
    Decision.Deny invalid =
        (Decision.Deny) gatehouse.decide(BEARER_READ, request("Authorization", "Bearer forged"));
    assertThat(invalid.detail()).startsWith("Invalid authentication credentials");
  }

  @Test
  void theListenerHearsEveryDecisionWithoutCredentials() {
    List<DecisionListener.Event> events = new ArrayList<>();
    Gatehouse gatehouse =
        builder(false)
            .listener(events::add)
            .listener(
                e -> {
                  throw new IllegalStateException("a broken listener changes nothing");
                })
            .build();
    assertThat(gatehouse.decide(KEY_H_OP, request("X-API-Key", KEY)))
        .isInstanceOf(Decision.Allow.class);
    gatehouse.decide(BEARER_READ, request("Authorization", "Bearer forged-secret"));

    assertThat(events)
        .containsExactly(
            new DecisionListener.Event(
                "GET /key-h",
                200,
                Optional.empty(),
                List.of(DecisionFixture.KEY_H),
                Optional.of("ci-bot")),
            new DecisionListener.Event(
                "GET /bearer",
                401,
                Optional.of(Decision.Reason.INVALID_CREDENTIALS),
                List.of(BEARER),
                Optional.empty()));
    assertThat(events.toString()).doesNotContain("forged-secret").doesNotContain(KEY);
    assertThat(events.get(0).allowed()).isTrue();
  }
}
