package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.assertDecision;
import static dev.gatehouse.runtime.DecisionFixture.auth;
import static dev.gatehouse.runtime.DecisionFixture.basicAuth;
import static dev.gatehouse.runtime.DecisionFixture.deny;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static dev.gatehouse.runtime.internal.SchemeRequirement.of;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One presented credential is one credential (issue 14, docs/enforcement.md "Schemes sharing a
 * place"): when several schemes of an operation read it from the same place, it is invalid only
 * when every one of them rejects it, and malformed only when none of them finds a well-formed one
 * there. Credentials in different places still fail closed.
 */
class SharedCredentialDecisionTest {

  private static final String OPAQUE = "HTTPBearer";
  private static final String JWT = "OAuth2PasswordBearer";
  private static final String BASIC = "HTTPBasic";
  private static final String ADMIN = "AdminBasic";
  private static final String KEY_A = "KeyA";
  private static final String KEY_B = "KeyB";
  private static final String QUERY_KEY = "QueryKey";

  private static final String BN = "Bearer realm=\"test\"";
  private static final String BT = "Bearer realm=\"test\", error=\"invalid_token\"";
  private static final String B = "Basic realm=\"test\", charset=\"UTF-8\"";
  private static final String K = "APIKey realm=\"test\"";

  private static final OperationSecurity BEARERS =
      OperationSecurity.required(
          "bearers()", "GET", "/bearers", false, List.of(of(OPAQUE)), List.of(of(JWT)));
  private static final OperationSecurity BASICS =
      OperationSecurity.required(
          "basics()", "GET", "/basics", false, List.of(of(BASIC)), List.of(of(ADMIN)));
  private static final OperationSecurity KEYS =
      OperationSecurity.required(
          "keys()", "GET", "/keys", false, List.of(of(KEY_A)), List.of(of(KEY_B)));
  private static final OperationSecurity KEY_OR_QUERY =
      OperationSecurity.required(
          "keyOrQuery()",
          "GET",
          "/key-or-query",
          false,
          List.of(of(KEY_A)),
          List.of(of(QUERY_KEY)));
  private static final OperationSecurity SCOPED_BEARERS =
      OperationSecurity.required(
          "scopedBearers()",
          "GET",
          "/scoped",
          false,
          List.of(of(OPAQUE, "read")),
          List.of(of(JWT, "write")));

  private static GeneratedScheme scheme(SchemeDefinition d) {
    return () -> d;
  }

  private static final Gatehouse GATEHOUSE =
      Gatehouse.builder()
          .generated(
              List.of(
                  scheme(
                      new SchemeDefinition(OPAQUE, SchemeKind.BEARER, "", "", Extractors.bearer())),
                  scheme(new SchemeDefinition(JWT, SchemeKind.OAUTH2, "", "", Extractors.oauth2())),
                  scheme(new SchemeDefinition(BASIC, SchemeKind.BASIC, "", "", Extractors.basic())),
                  scheme(new SchemeDefinition(ADMIN, SchemeKind.BASIC, "", "", Extractors.basic())),
                  scheme(
                      new SchemeDefinition(
                          KEY_A,
                          SchemeKind.API_KEY,
                          "",
                          "",
                          Extractors.apiKeyHeader("X-Key"),
                          SchemeDefinition.headerPlace("X-Key"))),
                  scheme(
                      new SchemeDefinition(
                          KEY_B,
                          SchemeKind.API_KEY,
                          "",
                          "",
                          Extractors.apiKeyHeader("x-key"),
                          SchemeDefinition.headerPlace("x-key"))),
                  scheme(
                      new SchemeDefinition(
                          QUERY_KEY,
                          SchemeKind.API_KEY,
                          "",
                          "",
                          Extractors.apiKeyQuery("key"),
                          SchemeDefinition.queryPlace("key")))),
              List.of(
                  new DecisionFixture.Endpoint(
                      "com.example.Shared",
                      List.of(BEARERS, BASICS, KEYS, KEY_OR_QUERY, SCOPED_BEARERS),
                      "t")))
          .realm("test")
          .bearer(
              OPAQUE,
              t ->
                  t.token().equals("opaque-1")
                      ? Verification.granted("opaque", Set.of("read"))
                      : Verification.rejected("The access token expired"))
          .bearer(
              JWT,
              t ->
                  t.token().equals("jwt-1")
                      ? Verification.granted("jwt", Set.of("write"))
                      : Verification.rejected())
          .basic(
              BASIC,
              c ->
                  c.username().equals("user") && c.password().equals("pass")
                      ? Verification.granted("user")
                      : Verification.rejected())
          .basic(
              ADMIN,
              c ->
                  c.username().equals("admin") && c.password().equals("secret")
                      ? Verification.granted("admin")
                      : Verification.rejected())
          .apiKey(
              KEY_A,
              k -> k.key().equals("key-a") ? Verification.granted("a") : Verification.rejected())
          .apiKey(
              KEY_B,
              k -> k.key().equals("key-b") ? Verification.granted("b") : Verification.rejected())
          .apiKey(
              QUERY_KEY,
              k -> k.key().equals("key-q") ? Verification.granted("q") : Verification.rejected())
          .build();

  @Test
  void aTokenValidForEitherBearerSchemeIsLetIn() {
    assertDecision(
        GATEHOUSE.decide(BEARERS, request("Authorization", "Bearer opaque-1")),
        new Decision.Allow(List.of(auth("opaque", OPAQUE, "read"))));
    assertDecision(
        GATEHOUSE.decide(BEARERS, request("Authorization", "Bearer jwt-1")),
        new Decision.Allow(List.of(auth("jwt", JWT, "write"))));
  }

  @Test
  void aTokenEveryBearerSchemeRejectsIsInvalid() {
    assertDecision(
        GATEHOUSE.decide(BEARERS, request("Authorization", "Bearer forged")),
        deny(
            401,
            "Invalid authentication credentials",
            "Bearer realm=\"test\", error=\"invalid_token\", error_description=\"The access token expired\""));
  }

  @Test
  void aTokenMalformedForEveryBearerSchemeIsMalformed() {
    assertDecision(
        GATEHOUSE.decide(BEARERS, request("Authorization", "Bearer a b")),
        deny(401, "Invalid authentication credentials", BT));
  }

  @Test
  void basicCredentialsValidForEitherBasicSchemeAreLetIn() {
    assertDecision(
        GATEHOUSE.decide(BASICS, request("Authorization", basicAuth("admin", "secret"))),
        new Decision.Allow(List.of(auth("admin", ADMIN))));
    assertDecision(
        GATEHOUSE.decide(BASICS, request("Authorization", basicAuth("user", "pass"))),
        new Decision.Allow(List.of(auth("user", BASIC))));
    assertDecision(
        GATEHOUSE.decide(BASICS, request("Authorization", basicAuth("user", "wrong"))),
        deny(401, "Invalid authentication credentials", B));
  }

  @Test
  void anApiKeyValidForEitherSchemeReadingItsHeaderIsLetIn() {
    assertDecision(
        GATEHOUSE.decide(KEYS, request("X-Key", "key-b")),
        new Decision.Allow(List.of(auth("b", KEY_B))));
    assertDecision(
        GATEHOUSE.decide(KEYS, request("X-KEY", "key-a")),
        new Decision.Allow(List.of(auth("a", KEY_A))));
    assertDecision(
        GATEHOUSE.decide(KEYS, request("X-Key", "nope")),
        deny(401, "Invalid authentication credentials", K));
  }

  @Test
  void credentialsInDifferentPlacesStillFailClosed() {
    var badHeaderGoodQuery =
        dev.gatehouse.runtime.internal.SimpleRequest.builder()
            .header("X-Key", "nope")
            .rawQuery("key=key-q")
            .build();
    assertDecision(
        GATEHOUSE.decide(KEY_OR_QUERY, badHeaderGoodQuery),
        deny(401, "Invalid authentication credentials", K));
  }

  @Test
  void aTokenOneSchemeAcceptsButWithoutScopesGetsOneChallengePerShortScheme() {
    // opaque-1 is a valid HTTPBearer token with "read" only: rejected by the JWT scheme, which
    // does not count, and short of nothing for HTTPBearer -> allowed.
    assertDecision(
        GATEHOUSE.decide(SCOPED_BEARERS, request("Authorization", "Bearer opaque-1")),
        new Decision.Allow(List.of(auth("opaque", OPAQUE, "read"))));
    assertDecision(
        GATEHOUSE.decide(SCOPED_BEARERS, request("Authorization", "Bearer forged")),
        deny(
            401,
            "Invalid authentication credentials",
            "Bearer realm=\"test\", error=\"invalid_token\", error_description=\"The access token expired\""));
    assertDecision(GATEHOUSE.decide(SCOPED_BEARERS, request()), deny(401, "Not authenticated", BN));
  }
}
