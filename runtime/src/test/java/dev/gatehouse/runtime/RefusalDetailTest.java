package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_OP;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_READ;
import static dev.gatehouse.runtime.DecisionFixture.BOTH;
import static dev.gatehouse.runtime.DecisionFixture.KEY;
import static dev.gatehouse.runtime.DecisionFixture.KEY_H_OP;
import static dev.gatehouse.runtime.DecisionFixture.KEY_OR_BEARER;
import static dev.gatehouse.runtime.DecisionFixture.KEY_Q_OP;
import static dev.gatehouse.runtime.DecisionFixture.basicAuth;
import static dev.gatehouse.runtime.DecisionFixture.bearerAuth;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static dev.gatehouse.runtime.DecisionFixture.requestWithQuery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole {@code detail} of each kind of refusal: a stable head, then what was wrong and where
 * (issue 13: errors that teach), naming places and schemes but never a credential's bytes.
 */
class RefusalDetailTest {

  private static final String PASSWORD = "s3cr3t-Pa55";
  private static final String TOKEN = "tok-unknown-7f3a";

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "nothing sent, one scheme",
            KEY_H_OP,
            request(),
            "Not authenticated; send an API key in the x-api-key header (scheme APIKeyHeader)"),
        Arguments.of(
            "nothing sent, alternatives",
            KEY_OR_BEARER,
            request(),
            "Not authenticated; send an API key in the x-api-key header (scheme APIKeyHeader) or a"
                + " Bearer token (scheme HTTPBearer)"),
        Arguments.of(
            "one of an AND set sent",
            BOTH,
            request("X-API-Key", KEY),
            "Not authenticated; send an API key in the x-api-key header (scheme APIKeyHeader) and a"
                + " Bearer token (scheme HTTPBearer)"),
        Arguments.of(
            "Basic without a colon",
            BASIC_OP,
            request("Authorization", "Basic dXNlcnBhc3M="), // userpass
            "Invalid authentication credentials; the Basic credentials in the Authorization header"
                + " (scheme HTTPBasic): no ':' between user-id and password (RFC 7617 section 2)"),
        Arguments.of(
            "Basic not base64",
            BASIC_OP,
            request("Authorization", "Basic %%%"),
            "Invalid authentication credentials; the Basic credentials in the Authorization header"
                + " (scheme HTTPBasic): not a token68 value (RFC 9110 section 11.2)"),
        Arguments.of(
            "Basic with a wrong password",
            BASIC_OP,
            request("Authorization", basicAuth("user", PASSWORD)),
            "Invalid authentication credentials; the verifier of scheme HTTPBasic rejected the"
                + " Basic credentials in the Authorization header"),
        Arguments.of(
            "unknown bearer token",
            BEARER_READ,
            request("Authorization", bearerAuth(TOKEN)),
            "Invalid authentication credentials; the verifier of scheme HTTPBearer rejected the"
                + " Bearer token"),
        Arguments.of(
            "two Authorization fields",
            BEARER_READ,
            request("Authorization", bearerAuth(TOKEN), "Authorization", bearerAuth("other")),
            "Ambiguous credentials; the request has more than one Authorization header field"),
        Arguments.of(
            "a repeated API key header",
            KEY_H_OP,
            request("X-API-Key", KEY, "X-API-Key", KEY),
            "Ambiguous credentials; the x-api-key header appears more than once (scheme"
                + " APIKeyHeader)"),
        Arguments.of(
            "a repeated query key",
            KEY_Q_OP,
            requestWithQuery("api_key=a&api_key=b"),
            "Ambiguous credentials; the api_key query parameter appears more than once (scheme"
                + " APIKeyQuery)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void everyRefusalSaysWhatAndWhere(
      String name, OperationSecurity operation, SimpleRequest request, String detail) {
    Decision d = DecisionFixture.gatehouse().decide(operation, request);

    assertThat(d).isInstanceOf(Decision.Deny.class);
    Decision.Deny deny = (Decision.Deny) d;
    assertThat(deny.detail()).isEqualTo(detail);
    assertThat(deny.detail()).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain(KEY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void theExplanationIsComputedOnceAndStaysTheSame(
      String name, OperationSecurity operation, SimpleRequest request, String detail) {
    Gatehouse g = DecisionFixture.gatehouse();
    for (int i = 0; i < 3; i++) {
      assertThat(((Decision.Deny) g.decide(operation, request)).detail()).isEqualTo(detail);
    }
  }

  @org.junit.jupiter.api.Test
  void aVerifierThatCannotAnswerIsNamed() {
    Gatehouse g =
        DecisionFixture.gatehouse(
            DecisionFixture.BASIC_VERIFIER,
            t -> {
              throw new VerifierUnavailableException("jwks down", Duration.ofSeconds(5), null);
            },
            DecisionFixture.KEY_VERIFIER);

    Decision.Deny deny =
        (Decision.Deny) g.decide(BEARER_READ, request("Authorization", bearerAuth(TOKEN)));

    assertThat(deny.status()).isEqualTo(503);
    assertThat(deny.detail())
        .isEqualTo(
            "Authentication is temporarily unavailable; the verifier of scheme HTTPBearer could not"
                + " decide; try again later")
        .doesNotContain("jwks");
  }
}
