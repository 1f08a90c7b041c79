package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.assertDecision;
import static dev.gatehouse.runtime.DecisionFixture.basicAuth;
import static dev.gatehouse.runtime.DecisionFixture.deny;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static dev.gatehouse.runtime.internal.SchemeRequirement.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 403 reports every requirement object whose credentials were all valid but short of scopes, one
 * challenge each, whatever the order the alternatives are declared in (issue 14,
 * docs/enforcement.md "Refusals for missing scopes"); and {@code @OptionalSecurity} does not let in
 * a verified caller who lacks scopes.
 */
class InsufficientScopeDecisionTest {

  private static final String KEY = "APIKeyHeader";
  private static final String OAUTH = "OAuth2PasswordBearer";
  private static final String BASIC = "HTTPBasic";

  private static final String KEY_SHORT =
      "APIKey realm=\"test\", error=\"insufficient_scope\", scope=\"audit\"";
  private static final String BEARER_SHORT =
      "Bearer realm=\"test\", error=\"insufficient_scope\", scope=\"write\"";

  private static OperationSecurity op(
      String name,
      boolean optional,
      List<List<dev.gatehouse.runtime.internal.SchemeRequirement>> alternatives) {
    return new OperationSecurity(name + "()", "GET", "/" + name, alternatives, optional);
  }

  private static final OperationSecurity KEY_FIRST =
      op("keyFirst", false, List.of(List.of(of(KEY, "audit")), List.of(of(OAUTH, "write"))));
  private static final OperationSecurity TOKEN_FIRST =
      op("tokenFirst", false, List.of(List.of(of(OAUTH, "write")), List.of(of(KEY, "audit"))));
  private static final OperationSecurity BASIC_ADMIN =
      op("basicAdmin", false, List.of(List.of(of(BASIC, "admin"))));
  private static final OperationSecurity OPTIONAL_ADMIN =
      op("optionalAdmin", true, List.of(List.of(of(OAUTH, "admin"))));

  private static GeneratedScheme scheme(SchemeDefinition d) {
    return () -> d;
  }

  private static final Gatehouse GATEHOUSE =
      Gatehouse.builder()
          .generated(
              List.of(
                  scheme(
                      new SchemeDefinition(
                          KEY,
                          SchemeKind.API_KEY,
                          "",
                          "",
                          Extractors.apiKeyHeader("X-API-Key"),
                          SchemeDefinition.headerPlace("X-API-Key"))),
                  scheme(
                      new SchemeDefinition(OAUTH, SchemeKind.OAUTH2, "", "", Extractors.oauth2())),
                  scheme(
                      new SchemeDefinition(BASIC, SchemeKind.BASIC, "", "", Extractors.basic()))),
              List.of(
                  new DecisionFixture.Endpoint(
                      "com.example.Scopes",
                      List.of(KEY_FIRST, TOKEN_FIRST, BASIC_ADMIN, OPTIONAL_ADMIN),
                      "t")))
          .realm("test")
          .apiKey(
              KEY,
              k ->
                  k.key().equals("key")
                      ? Verification.granted("bot", Set.of("read"))
                      : Verification.rejected())
          .bearer(
              OAUTH,
              t ->
                  t.token().equals("tok")
                      ? Verification.granted("tok", Set.of("read"))
                      : Verification.rejected())
          .basic(
              BASIC,
              c ->
                  c.username().equals("user") && c.password().equals("pass")
                      ? Verification.granted("user", Set.of("staff"))
                      : Verification.rejected())
          .build();

  @Test
  void everyShortAlternativeGetsOneChallengeWhateverTheDeclarationOrder() {
    var both = request("X-API-Key", "key", "Authorization", "Bearer tok");
    Decision expected =
        deny(403, "Not enough permissions; missing scopes: audit write", KEY_SHORT, BEARER_SHORT);
    assertDecision(GATEHOUSE.decide(KEY_FIRST, both), expected);
    assertDecision(GATEHOUSE.decide(TOKEN_FIRST, both), expected);
  }

  @Test
  void anAlternativeWhoseCredentialIsAbsentIsNotReported() {
    Decision expected = deny(403, "Not enough permissions; missing scopes: write", BEARER_SHORT);
    assertDecision(GATEHOUSE.decide(KEY_FIRST, request("Authorization", "Bearer tok")), expected);
    assertDecision(GATEHOUSE.decide(TOKEN_FIRST, request("Authorization", "Bearer tok")), expected);
    assertDecision(
        GATEHOUSE.decide(TOKEN_FIRST, request("X-API-Key", "key")),
        deny(403, "Not enough permissions; missing scopes: audit", KEY_SHORT));
  }

  @Test
  void aBasicRoleShortfallCarriesTheBasicChallengeWithTheScope() {
    assertDecision(
        GATEHOUSE.decide(BASIC_ADMIN, request("Authorization", basicAuth("user", "pass"))),
        deny(
            403,
            "Not enough permissions; missing scopes: admin",
            "Basic realm=\"test\", error=\"insufficient_scope\", scope=\"admin\""));
  }

  @Test
  void optionalSecurityRefusesAVerifiedCallerLackingScopes() {
    assertDecision(
        GATEHOUSE.decide(OPTIONAL_ADMIN, request("Authorization", "Bearer tok")),
        deny(
            403,
            "Not enough permissions; missing scopes: admin",
            "Bearer realm=\"test\", error=\"insufficient_scope\", scope=\"admin\""));
    assertThat(GATEHOUSE.decide(OPTIONAL_ADMIN, request())).isInstanceOf(Decision.Allow.class);
    assertDecision(
        GATEHOUSE.decide(OPTIONAL_ADMIN, request("Authorization", "Bearer forged")),
        deny(
            401,
            "Invalid authentication credentials",
            "Bearer realm=\"test\", error=\"invalid_token\""));
  }
}
