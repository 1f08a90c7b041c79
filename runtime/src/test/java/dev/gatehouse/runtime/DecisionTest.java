package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-request decision of security rules 1.1.1 (with 1.1.6-1.1.7, 1.3, 1.8.5 and decisions P1,
 * P4, P7, P10) on the fixture of rules 0.1, asserting exact status, challenges in order, detail
 * and, for Allow, the authentications.
 */
class DecisionTest {

  private static final Gatehouse GATEHOUSE = gatehouse();

  /** One row: a name, an operation, a request and the exact expected decision. */
  record Case(String name, OperationSecurity op, SimpleRequest request, Decision expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(
      String name, OperationSecurity op, SimpleRequest request, Decision expected) {
    return new Case(name, op, request, expected);
  }

  static List<Case> cases() {
    List<Case> t = new ArrayList<>();
    SimpleRequest none = request();
    SimpleRequest user = request("Authorization", basicAuth("user", "pass"));
    SimpleRequest wrongPass = request("Authorization", basicAuth("user", "wrong"));
    SimpleRequest read = request("Authorization", bearerAuth("tok-read"));
    SimpleRequest write = request("Authorization", bearerAuth("tok-write"));
    SimpleRequest bogus = request("Authorization", bearerAuth("tok-bogus"));
    SimpleRequest key = request("X-API-Key", KEY);
    SimpleRequest wrongKey = request("X-API-Key", "AK-ffffffffffffffff");

    // --- no credentials: 401, one challenge per acceptable scheme, document order, no error.
    t.add(c("none basic", BASIC_OP, none, deny(401, NOT_AUTHENTICATED, B)));
    t.add(c("none bearer", BEARER_READ, none, deny(401, NOT_AUTHENTICATED, BN)));
    t.add(c("none key-h", KEY_H_OP, none, deny(401, NOT_AUTHENTICATED, K)));
    t.add(c("none key-q", KEY_Q_OP, none, deny(401, NOT_AUTHENTICATED, K)));
    t.add(c("none key-c", KEY_C_OP, none, deny(401, NOT_AUTHENTICATED, K)));
    t.add(c("none either", EITHER, none, deny(401, NOT_AUTHENTICATED, B, BN)));
    t.add(c("none both", BOTH, none, deny(401, NOT_AUTHENTICATED, K, BN)));
    t.add(c("none key-or-bearer", KEY_OR_BEARER, none, deny(401, NOT_AUTHENTICATED, K, BN)));
    t.add(
        c(
            "none identical challenges once (2 apiKey)",
            KEY_H_OR_Q,
            none,
            deny(401, NOT_AUTHENTICATED, K)));
    t.add(
        c(
            "none identical challenges once (2 bearer)",
            BEARER_OR_QUERY_BEARER,
            none,
            deny(401, NOT_AUTHENTICATED, BN)));
    t.add(c("none optional -> anonymous", OPTIONAL, none, allow()));
    t.add(c("none public", PUBLIC, none, allow()));
    t.add(
        c(
            "empty api key header is absent",
            KEY_H_OP,
            request("X-API-Key", ""),
            deny(401, NOT_AUTHENTICATED, K)));
    t.add(
        c(
            "Basic without token68 is absent (1.2.1)",
            BASIC_OP,
            request("Authorization", "Basic"),
            deny(401, NOT_AUTHENTICATED, B)));
    t.add(
        c("bearer header on basic op is absent", BASIC_OP, read, deny(401, NOT_AUTHENTICATED, B)));
    t.add(
        c(
            "basic header on bearer op: 401 Bn (1.3.5)",
            BEARER_READ,
            user,
            deny(401, NOT_AUTHENTICATED, BN)));
    t.add(
        c(
            "key in query for header scheme is absent (1.8.1)",
            KEY_H_OP,
            requestWithQuery("X-API-Key=" + KEY),
            deny(401, NOT_AUTHENTICATED, K)));

    // --- valid credentials.
    t.add(c("valid basic", BASIC_OP, user, allow(auth("user", BASIC, "profile"))));
    t.add(
        c(
            "valid basic, colon in password",
            BASIC_OP,
            request("Authorization", basicAuth("colon", "pa:ss")),
            allow(auth("colon", BASIC))));
    t.add(c("valid bearer read", BEARER_READ, read, allow(auth("reader", BEARER, "read"))));
    t.add(c("valid bearer write", BEARER_WRITE, write, allow(auth("writer", BEARER, "write"))));
    t.add(
        c(
            "valid bearer, two spaces (1*SP)",
            BEARER_READ,
            request("Authorization", "Bearer  tok-read"),
            allow(auth("reader", BEARER, "read"))));
    t.add(
        c(
            "valid bearer, scheme case-insensitive",
            BEARER_READ,
            request("Authorization", "bEARER tok-read"),
            allow(auth("reader", BEARER, "read"))));
    t.add(c("valid key header", KEY_H_OP, key, allow(auth("ci-bot", KEY_H))));
    t.add(
        c(
            "valid key header, name case-insensitive",
            KEY_H_OP,
            request("x-api-key", KEY),
            allow(auth("ci-bot", KEY_H))));
    t.add(
        c(
            "valid key query",
            KEY_Q_OP,
            requestWithQuery("api_key=" + KEY),
            allow(auth("ci-bot", KEY_Q))));
    t.add(
        c(
            "valid key cookie",
            KEY_C_OP,
            request("Cookie", "a=b; sid=" + KEY),
            allow(auth("ci-bot", KEY_C))));
    t.add(c("either via basic", EITHER, user, allow(auth("user", BASIC, "profile"))));
    t.add(c("either via bearer", EITHER, read, allow(auth("reader", BEARER, "read"))));
    t.add(
        c(
            "either via bearer with extra scopes",
            EITHER,
            request("Authorization", bearerAuth("tok-rw")),
            allow(auth("rw", BEARER, "read", "write"))));
    t.add(
        c(
            "both present -> two authentications in order",
            BOTH,
            request("X-API-Key", KEY, "Authorization", bearerAuth("tok-read")),
            allow(auth("ci-bot", KEY_H), auth("reader", BEARER, "read"))));
    t.add(
        c(
            "both, header order irrelevant",
            BOTH,
            request("Authorization", bearerAuth("tok-read"), "X-API-Key", KEY),
            allow(auth("ci-bot", KEY_H), auth("reader", BEARER, "read"))));
    t.add(c("both, bearer missing -> 401", BOTH, key, deny(401, NOT_AUTHENTICATED, K, BN)));
    t.add(c("both, key missing -> 401", BOTH, read, deny(401, NOT_AUTHENTICATED, K, BN)));
    t.add(
        c(
            "optional, valid bearer",
            OPTIONAL,
            request("Authorization", bearerAuth("tok-none")),
            allow(auth("nobody", BEARER))));
    t.add(c("key-or-bearer via key", KEY_OR_BEARER, key, allow(auth("ci-bot", KEY_H))));
    t.add(
        c("key-or-bearer via bearer", KEY_OR_BEARER, read, allow(auth("reader", BEARER, "read"))));
    t.add(
        c(
            "basic-or-qbearer via query token",
            BASIC_OR_QUERY_BEARER,
            requestWithQuery("access_token=tok-read"),
            allow(auth("reader", QUERY_BEARER, "read"))));
    t.add(
        c(
            "read-or-write: second alternative",
            READ_OR_WRITE,
            write,
            allow(auth("writer", BEARER, "write"))));
    t.add(
        c(
            "public ignores garbage credentials",
            PUBLIC,
            request("Authorization", "Basic !!!", "Authorization", "Bearer x", "X-API-Key", "a,b"),
            allow()));
    t.add(
        c(
            "unused schemes ignored: bad Authorization lines on key op",
            KEY_H_OP,
            request("Authorization", "Basic !!!", "Authorization", "Bearer x", "X-API-Key", KEY),
            allow(auth("ci-bot", KEY_H))));
    t.add(
        c(
            "unused schemes ignored: wrong key on basic op",
            BASIC_OP,
            request("Authorization", basicAuth("user", "pass"), "X-API-Key", "nope"),
            allow(auth("user", BASIC, "profile"))));

    // --- presented but invalid: 401 with all challenges (P7 fail closed).
    t.add(c("wrong password", BASIC_OP, wrongPass, deny(401, INVALID, B)));
    t.add(
        c(
            "unknown user",
            BASIC_OP,
            request("Authorization", basicAuth("nobody", "pass")),
            deny(401, INVALID, B)));
    t.add(
        c(
            "malformed basic: unpadded base64 (P2)",
            BASIC_OP,
            request("Authorization", "Basic dXNlcjpwYXM"),
            deny(401, INVALID, B)));
    t.add(
        c(
            "malformed basic: not base64",
            BASIC_OP,
            request("Authorization", "Basic !!!!"),
            deny(401, INVALID, B)));
    t.add(
        c(
            "malformed basic on either (non-zero pad bits): no invalid_token",
            EITHER,
            request("Authorization", "Basic dXNlcjpwYXN="),
            deny(401, INVALID, B, BN)));
    t.add(c("wrong password on either", EITHER, wrongPass, deny(401, INVALID, B, BN)));
    t.add(c("unknown token", BEARER_READ, bogus, deny(401, INVALID, BT)));
    t.add(c("unknown token on either -> Bt", EITHER, bogus, deny(401, INVALID, B, BT)));
    t.add(
        c(
            "empty bearer token (P4)",
            BEARER_READ,
            request("Authorization", "Bearer "),
            deny(401, INVALID, BT)));
    t.add(
        c(
            "bearer with two tokens (1.3.1)",
            BEARER_READ,
            request("Authorization", "Bearer tok-read tok-read"),
            deny(401, INVALID, BT)));
    t.add(c("wrong api key header (P10)", KEY_H_OP, wrongKey, deny(401, INVALID, K)));
    t.add(
        c(
            "wrong api key query",
            KEY_Q_OP,
            requestWithQuery("api_key=nope"),
            deny(401, INVALID, K)));
    t.add(
        c("wrong api key cookie", KEY_C_OP, request("Cookie", "sid=nope"), deny(401, INVALID, K)));
    t.add(
        c(
            "P7: valid key + bad bearer",
            KEY_OR_BEARER,
            request("X-API-Key", KEY, "Authorization", bearerAuth("tok-bogus")),
            deny(401, INVALID, K, BT)));
    t.add(
        c(
            "P7: wrong key + valid bearer",
            KEY_OR_BEARER,
            request("X-API-Key", "nope", "Authorization", bearerAuth("tok-read")),
            deny(401, INVALID, K, BN)));
    t.add(
        c(
            "P7: valid basic + bad query token",
            BASIC_OR_QUERY_BEARER,
            requestWithQuery("access_token=tok-bogus", "Authorization", basicAuth("user", "pass")),
            deny(401, INVALID, B, BT)));
    t.add(
        c(
            "P7: bad basic + valid query token",
            BASIC_OR_QUERY_BEARER,
            requestWithQuery("access_token=tok-read", "Authorization", basicAuth("user", "wrong")),
            deny(401, INVALID, B, BN)));
    t.add(
        c(
            "P7: both, valid key + bad bearer",
            BOTH,
            request("X-API-Key", KEY, "Authorization", bearerAuth("tok-bogus")),
            deny(401, INVALID, K, BT)));
    t.add(
        c(
            "P7: optional, invalid bearer is not anonymous",
            OPTIONAL,
            bogus,
            deny(401, INVALID, BT)));
    t.add(
        c(
            "P7: optional, empty bearer is not anonymous",
            OPTIONAL,
            request("Authorization", "Bearer "),
            deny(401, INVALID, BT)));
    t.add(
        c(
            "P7: optional-or-key, wrong key is not anonymous",
            OPTIONAL_OR_KEY,
            wrongKey,
            deny(401, INVALID, BN, K)));
    t.add(
        c(
            "P7: optional-or-key, valid bearer + wrong key",
            OPTIONAL_OR_KEY,
            request("Authorization", bearerAuth("tok-read"), "X-API-Key", "nope"),
            deny(401, INVALID, BN, K)));

    // --- insufficient scope: 403 with one challenge per fully verified object lacking scopes.
    t.add(
        c(
            "403 write token on read op",
            BEARER_READ,
            write,
            deny(403, forbidden("read"), bs("read"))));
    t.add(
        c(
            "403 scopeless token",
            BEARER_READ,
            request("Authorization", bearerAuth("tok-none")),
            deny(403, forbidden("read"), bs("read"))));
    t.add(
        c(
            "403 read token on write op",
            BEARER_WRITE,
            read,
            deny(403, forbidden("write"), bs("write"))));
    t.add(c("403 either, write token", EITHER, write, deny(403, forbidden("read"), bs("read"))));
    t.add(
        c(
            "403 both, key + write token",
            BOTH,
            request("X-API-Key", KEY, "Authorization", bearerAuth("tok-write")),
            deny(403, forbidden("read"), bs("read"))));
    t.add(
        c(
            "403 scope lists all required, detail the missing",
            BEARER_READ_WRITE,
            read,
            deny(403, forbidden("write"), bs("read write"))));
    t.add(
        c(
            "403 scopes of every short object",
            READ_OR_WRITE,
            request("Authorization", bearerAuth("tok-none")),
            deny(403, forbidden("read write"), bs("read"), bs("write"))));
    t.add(
        c(
            "403 optional-read, verified but lacking scope",
            OPTIONAL_READ,
            write,
            deny(403, forbidden("read"), bs("read"))));
    t.add(c("optional-read, anonymous", OPTIONAL_READ, none, allow()));
    t.add(c("optional-read, valid", OPTIONAL_READ, read, allow(auth("reader", BEARER, "read"))));

    // --- precedence 400 > 401 > 403 and ambiguity (P1, P4, 1.8).
    t.add(
        c(
            "P1 two Authorization lines on basic op: 400 no challenge",
            BASIC_OP,
            request(
                "Authorization",
                basicAuth("user", "pass"),
                "Authorization",
                basicAuth("user", "pass")),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "P1 two Authorization lines + valid key, no bearer: 400",
            BASIC_OR_KEY,
            request(
                "Authorization",
                basicAuth("user", "pass"),
                "Authorization",
                "Basic x",
                "X-API-Key",
                KEY),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "P1 two Authorization lines + valid key, bearer involved: 400 Br",
            KEY_OR_BEARER,
            request(
                "Authorization",
                bearerAuth("tok-read"),
                "Authorization",
                bearerAuth("tok-read"),
                "X-API-Key",
                KEY),
            deny(400, AMBIGUOUS, BR)));
    t.add(
        c(
            "P1 on either: 400 Br",
            EITHER,
            request(
                "Authorization",
                basicAuth("user", "pass"),
                "Authorization",
                bearerAuth("tok-read")),
            deny(400, AMBIGUOUS, BR)));
    t.add(
        c(
            "two key header lines: 400 no challenge",
            KEY_H_OP,
            request("X-API-Key", KEY, "X-API-Key", KEY),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "comma-joined key header: 400",
            KEY_H_OP,
            request("X-API-Key", KEY + ", " + KEY),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "repeated key query param: 400",
            KEY_Q_OP,
            requestWithQuery("api_key=" + KEY + "&api_key=" + KEY),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "duplicate key cookie: 400 (P5)",
            KEY_C_OP,
            request("Cookie", "sid=" + KEY + "; sid=" + KEY),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "400 > 401: duplicate key + bad bearer",
            BOTH,
            request("X-API-Key", KEY, "X-API-Key", KEY, "Authorization", bearerAuth("tok-bogus")),
            deny(400, AMBIGUOUS, BR)));
    t.add(
        c(
            "400 > 403: duplicate key + write token",
            BOTH,
            request("X-API-Key", KEY, "X-API-Key", KEY, "Authorization", bearerAuth("tok-write")),
            deny(400, AMBIGUOUS, BR)));
    t.add(
        c(
            "400 > 401: two Authorization lines + wrong key",
            BASIC_OR_KEY,
            request("Authorization", "Basic a", "Authorization", "Basic b", "X-API-Key", "nope"),
            deny(400, AMBIGUOUS)));
    t.add(
        c(
            "two bearer transports: 400 Br",
            BEARER_OR_QUERY_BEARER,
            requestWithQuery("access_token=tok-read", "Authorization", bearerAuth("tok-read")),
            deny(400, AMBIGUOUS, BR)));
    t.add(
        c(
            "empty access_token (P4): 400 Br even next to valid basic",
            BASIC_OR_QUERY_BEARER,
            requestWithQuery("access_token=", "Authorization", basicAuth("user", "pass")),
            deny(400, AMBIGUOUS, BR)));
    t.add(
        c(
            "401 > 403: wrong key + write token",
            BOTH,
            request("X-API-Key", "nope", "Authorization", bearerAuth("tok-write")),
            deny(401, INVALID, K, BN)));
    t.add(
        c(
            "401 > 403: wrong key + write token (alternatives)",
            KEY_OR_BEARER,
            request("X-API-Key", "nope", "Authorization", bearerAuth("tok-write")),
            deny(401, INVALID, K, BN)));
    return t;
  }

  static Stream<Arguments> table() {
    return cases().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decidesExactly(Case c) {
    assertDecision(GATEHOUSE.decide(c.op(), c.request()), c.expected());
  }

  @Test
  void allowExposesThePrincipal() {
    Decision d =
        GATEHOUSE.decide(BOTH, request("X-API-Key", KEY, "Authorization", "Bearer tok-read"));
    Decision.Allow allow = (Decision.Allow) d;
    assertThat(allow.principal()).contains(auth("ci-bot", KEY_H));
    assertThat(allow.authentications().get(1).getName()).isEqualTo("reader");
    assertThat(allow.authentications().get(1).hasScope("read")).isTrue();
    assertThat(((Decision.Allow) GATEHOUSE.decide(OPTIONAL, request())).principal()).isEmpty();
  }

  // --- verifier failures --------------------------------------------------------------------

  private static final String SECRET = "hunter2-S3CRET-db-password";

  @Test
  void verifierThrowingRuntimeExceptionAnswers503WithoutTheMessage() {
    Gatehouse g =
        gatehouse(
            c -> {
              throw new IllegalStateException("connection to db failed, password=" + SECRET);
            },
            BEARER_VERIFIER,
            KEY_VERIFIER);
    Decision d = g.decide(BASIC_OP, request("Authorization", basicAuth("user", "pass")));
    assertDecision(d, deny(503, UNAVAILABLE));
    Decision.Deny deny = (Decision.Deny) d;
    assertThat(deny.detail()).doesNotContain(SECRET).doesNotContain("hunter2").doesNotContain("db");
    assertThat(deny.body()).doesNotContain(SECRET).doesNotContain("hunter2");
    assertThat(deny.challenges()).isEmpty();
  }

  @Test
  void verifierThrowingCheckedExceptionAnswers503WithoutTheMessage() {
    Gatehouse g =
        gatehouse(
            BASIC_VERIFIER,
            t -> {
              throw new java.io.IOException("introspection failed for " + t.token() + " " + SECRET);
            },
            KEY_VERIFIER);
    Decision d = g.decide(EITHER, request("Authorization", bearerAuth("tok-read")));
    assertDecision(d, deny(503, UNAVAILABLE));
    Decision.Deny deny = (Decision.Deny) d;
    assertThat(deny.body()).doesNotContain(SECRET).doesNotContain("tok-read");
    assertThat(deny.detail()).doesNotContain(SECRET).doesNotContain("tok-read");
  }

  @Test
  void verifierThrowingNeverLetsAnOptionalRequestIn() {
    Gatehouse g =
        gatehouse(
            BASIC_VERIFIER,
            t -> {
              throw new RuntimeException(SECRET);
            },
            KEY_VERIFIER);
    assertDecision(
        g.decide(OPTIONAL, request("Authorization", bearerAuth("tok-read"))),
        deny(503, UNAVAILABLE));
    // Without a credential the verifier is not called, so anonymous access still works.
    assertDecision(g.decide(OPTIONAL, request()), allow());
  }

  @Test
  void verifierReturningNullIsRejected() {
    Gatehouse g = gatehouse(c -> null, t -> null, k -> null);
    assertDecision(
        g.decide(BASIC_OP, request("Authorization", basicAuth("user", "pass"))),
        deny(401, INVALID, B));
    assertDecision(
        g.decide(BEARER_READ, request("Authorization", bearerAuth("tok-read"))),
        deny(401, INVALID, BT));
    assertDecision(g.decide(KEY_H_OP, request("X-API-Key", KEY)), deny(401, INVALID, K));
    assertDecision(
        g.decide(OPTIONAL, request("Authorization", bearerAuth("tok-read"))),
        deny(401, INVALID, BT));
  }

  @Test
  void credentialsOfUnusedSchemesAreNotVerified() {
    AtomicInteger keyCalls = new AtomicInteger();
    AtomicInteger bearerCalls = new AtomicInteger();
    Gatehouse g =
        gatehouse(
            BASIC_VERIFIER,
            t -> {
              bearerCalls.incrementAndGet();
              return BEARER_VERIFIER.verify(t);
            },
            k -> {
              keyCalls.incrementAndGet();
              return KEY_VERIFIER.verify(k);
            });
    assertDecision(
        g.decide(BASIC_OP, request("Authorization", basicAuth("user", "pass"), "X-API-Key", KEY)),
        allow(auth("user", BASIC, "profile")));
    assertDecision(g.decide(PUBLIC, request("Authorization", "Bearer tok-read")), allow());
    assertThat(keyCalls).hasValue(0);
    assertThat(bearerCalls).hasValue(0);
  }

  @Test
  void anOperationNamingAnUnknownSchemeFailsClosed() {
    OperationSecurity stray =
        OperationSecurity.required(
            "stray()", "GET", "/stray", true, List.of(SchemeRequirement.of("NoSuchScheme")));
    Decision d = GATEHOUSE.decide(stray, request());
    assertThat(d).isInstanceOf(Decision.Deny.class);
    assertThat(((Decision.Deny) d).status()).isEqualTo(503);
  }

  // --- realms -------------------------------------------------------------------------------

  @Test
  void declaredBasicRealmOverridesTheDefault() {
    Gatehouse g =
        Gatehouse.builder()
            .generated(schemes("basic-realm"), List.of(ENDPOINT))
            .realm("test")
            .basic(BASIC, BASIC_VERIFIER)
            .bearer(BEARER, BEARER_VERIFIER)
            .bearer(QUERY_BEARER, BEARER_VERIFIER)
            .apiKey(KEY_H, KEY_VERIFIER)
            .apiKey(KEY_Q, KEY_VERIFIER)
            .apiKey(KEY_C, KEY_VERIFIER)
            .build();
    String own = "Basic realm=\"basic-realm\", charset=\"UTF-8\"";
    assertDecision(g.decide(BASIC_OP, request()), deny(401, NOT_AUTHENTICATED, own));
    assertDecision(g.decide(EITHER, request()), deny(401, NOT_AUTHENTICATED, own, BN));
    assertDecision(
        g.decide(EITHER, request("Authorization", bearerAuth("tok-bogus"))),
        deny(401, INVALID, own, BT));
    assertDecision(
        g.decide(BASIC_OR_KEY, request("X-API-Key", "nope")), deny(401, INVALID, own, K));
  }

  @Test
  void defaultRealmIsTheDocumentTitle() {
    Gatehouse g =
        Gatehouse.builder()
            .generated(schemes(""), List.of(ENDPOINT))
            .basic(BASIC, BASIC_VERIFIER)
            .bearer(BEARER, BEARER_VERIFIER)
            .bearer(QUERY_BEARER, BEARER_VERIFIER)
            .apiKey(KEY_H, KEY_VERIFIER)
            .apiKey(KEY_Q, KEY_VERIFIER)
            .apiKey(KEY_C, KEY_VERIFIER)
            .build();
    assertDecision(
        g.decide(KEY_H_OP, request()),
        deny(401, NOT_AUTHENTICATED, "APIKey realm=\"Fixture API\""));
    assertDecision(
        g.decide(EITHER, request()),
        deny(
            401,
            NOT_AUTHENTICATED,
            "Basic realm=\"Fixture API\", charset=\"UTF-8\"",
            "Bearer realm=\"Fixture API\""));
  }

  @Test
  void nonAsciiDocumentTitleFallsBackToApi() {
    Gatehouse g =
        Gatehouse.builder()
            .generated(
                List.of(
                    scheme(KEY_H, SchemeKind.API_KEY, "", Extractors.apiKeyHeader("X-API-Key"))),
                List.of(new Endpoint(API, List.of(KEY_H_OP), "Café API")))
            .apiKey(KEY_H, KEY_VERIFIER)
            .build();
    assertDecision(
        g.decide(KEY_H_OP, request()), deny(401, NOT_AUTHENTICATED, "APIKey realm=\"API\""));
  }

  // --- Deny body ----------------------------------------------------------------------------

  @Test
  void denyBodyIsJsonWithTheDetail() {
    Decision.Deny deny = deny(401, NOT_AUTHENTICATED, B);
    assertThat(deny.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    assertThat(MiniJson.parseObject(deny.body())).isEqualTo(Map.of("detail", "Not authenticated"));
    assertThat(Decision.Deny.CONTENT_TYPE).isEqualTo("application/json; charset=UTF-8");
  }

  @Test
  void denyBodyEscapesQuotesBackslashesAndControls() {
    String detail = "a\"b\\c\nd\te\u0001f\u001fg/é\u2028";
    Decision.Deny deny = new Decision.Deny(400, List.of(), detail);
    assertThat(deny.body())
        .isEqualTo("{\"detail\":\"a\\\"b\\\\c\\u000ad\\u0009e\\u0001f\\u001fg/é\u2028\"}");
    assertThat(MiniJson.parseObject(deny.body())).isEqualTo(Map.of("detail", detail));
  }

  @Test
  void denyCopiesChallengesAndRequiresDetail() {
    List<String> challenges = new ArrayList<>(List.of(B));
    Decision.Deny deny = new Decision.Deny(401, challenges, "x");
    challenges.add(BN);
    assertThat(deny.challenges()).containsExactly(B);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Decision.Deny(401, List.of(), null))
        .isInstanceOf(NullPointerException.class);
  }

  /**
   * Equal decisions; Digest challenges carry a fresh nonce each time, so those are not compared.
   */
  private static boolean equivalent(Decision a, Decision b) {
    if (a instanceof Decision.Deny x && b instanceof Decision.Deny y) {
      return x.status() == y.status()
          && x.detail().equals(y.detail())
          && (x.challenges().equals(y.challenges())
              || x.challenges().stream().anyMatch(ch -> ch.startsWith("Digest ")));
    }
    return a.equals(b);
  }

  // --- concurrency smoke --------------------------------------------------------------------

  @Test
  void concurrentDecisionsAreAllCorrect() throws Exception {
    Gatehouse g =
        gatehouse(
            BASIC_VERIFIER,
            t -> {
              if (t.token().equals("tok-boom")) {
                throw new IllegalStateException(SECRET);
              }
              return BEARER_VERIFIER.verify(t);
            },
            KEY_VERIFIER);
    List<Case> table = new ArrayList<>(cases());
    table.add(
        c(
            "boom",
            EITHER,
            request("Authorization", bearerAuth("tok-boom")),
            deny(503, UNAVAILABLE)));
    // Each case decided alone first (and checked against its expectation), so the threads can be
    // held to exactly the same answer, detail texts included.
    List<Decision> alone = new ArrayList<>();
    for (Case c : table) {
      Decision d = g.decide(c.op(), c.request());
      assertDecision(d, c.expected());
      alone.add(d);
    }
    int threads = 8;
    int perThread = 2_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger decided = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 13;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    int k = (offset + i * 7) % table.size();
                    Case c = table.get(k);
                    Decision d = g.decide(c.op(), c.request());
                    decided.incrementAndGet();
                    if (!equivalent(d, alone.get(k))) {
                      failures.add(c.name() + ": " + d + " != " + alone.get(k));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(decided).hasValue(threads * perThread);
    assertThat(failures).isEmpty();
  }
}
