package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC;
import static dev.gatehouse.runtime.DecisionFixture.BASIC_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.spi.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Spring method mapped to several paths or HTTP methods is one generated entry per route, all
 * with the same security: the route table sees every route, lookups by Java method find one.
 */
class MultipleRoutesTest {
  private static final String API = "test.StatusApi";

  private static Gatehouse gatehouse(OperationSecurity... operations) {
    return Gatehouse.builder()
        .generated(
            List.of(
                DecisionFixture.scheme(
                    BASIC,
                    dev.gatehouse.runtime.internal.SchemeKind.BASIC,
                    "",
                    dev.gatehouse.runtime.internal.Extractors.basic())),
            List.of(new DecisionFixture.Endpoint(API, List.of(operations), "Test")))
        .realm("test")
        .basic(BASIC, BASIC_VERIFIER)
        .build();
  }

  @Test
  void everyRouteOfOneMethodIsKeptWhenTheirSecurityIsTheSame() {
    OperationSecurity health =
        OperationSecurity.required(
            "health()", "GET", "/health", false, List.of(SchemeRequirement.of(BASIC)));
    OperationSecurity healthz =
        OperationSecurity.required(
            "health()", "GET", "/healthz", false, List.of(SchemeRequirement.of(BASIC)));

    Gatehouse gatehouse = gatehouse(health, healthz);

    assertThat(gatehouse.operations())
        .extracting(Operation::endpointInterface, Operation::signature, Operation::key)
        .containsExactly(
            tuple(API, "health()", "GET /health"), tuple(API, "health()", "GET /healthz"));
  }

  @Test
  void oneMethodWithDifferentSecurityPerRouteIsAStartUpError() {
    OperationSecurity secured =
        OperationSecurity.required(
            "health()", "GET", "/health", false, List.of(SchemeRequirement.of(BASIC)));
    OperationSecurity open = OperationSecurity.open("health()", "GET", "/healthz");

    assertThatThrownBy(() -> gatehouse(secured, open))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "test.StatusApi lists operation health() twice with different security");
  }
}
