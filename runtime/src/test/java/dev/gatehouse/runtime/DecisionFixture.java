package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.internal.SchemeRequirement.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixture of security rules 0.1 without JWT: realm {@code test}, Basic {@code user}/{@code
 * pass}, the API key {@code AK-0123456789abcdef}, opaque bearer tokens mapped to scopes, and the
 * fixture's endpoints (plus a few extra operations that combine transports for P7 and 400 cases).
 */
final class DecisionFixture {

  private DecisionFixture() {}

  static final String API = "com.example.FixtureApi";
  static final String KEY = "AK-0123456789abcdef";

  // Scheme names.
  static final String BASIC = "HTTPBasic";
  static final String BEARER = "HTTPBearer";

  /** A bearer scheme with the (discouraged) query transport enabled, for P7 tests. */
  static final String QUERY_BEARER = "QueryBearer";

  static final String KEY_H = "APIKeyHeader";
  static final String KEY_Q = "APIKeyQuery";
  static final String KEY_C = "APIKeyCookie";

  // Outcome shorthand of rules 0.2.
  static final String B = "Basic realm=\"test\", charset=\"UTF-8\"";
  static final String BN = "Bearer realm=\"test\"";
  static final String BT = "Bearer realm=\"test\", error=\"invalid_token\"";
  static final String BR = "Bearer realm=\"test\", error=\"invalid_request\"";
  static final String K = "APIKey realm=\"test\"";

  static String bs(String scope) {
    return "Bearer realm=\"test\", error=\"insufficient_scope\", scope=\"" + scope + "\"";
  }

  // Detail texts.
  static final String NOT_AUTHENTICATED = "Not authenticated";
  static final String INVALID = "Invalid authentication credentials";
  static final String AMBIGUOUS = "Ambiguous credentials";
  static final String UNAVAILABLE = "Authentication is temporarily unavailable";

  static String forbidden(String missing) {
    return "Not enough permissions; missing scopes: " + missing;
  }

  // Operations (fixture 0.1 endpoints).
  static final OperationSecurity BASIC_OP =
      OperationSecurity.required("basic()", "GET", "/basic", false, List.of(of(BASIC)));
  static final OperationSecurity BEARER_READ =
      OperationSecurity.required(
          "bearerRead()", "GET", "/bearer", false, List.of(of(BEARER, "read")));
  static final OperationSecurity BEARER_WRITE =
      OperationSecurity.required(
          "bearerWrite()", "POST", "/bearer", false, List.of(of(BEARER, "write")));
  static final OperationSecurity KEY_H_OP =
      OperationSecurity.required("keyHeader()", "GET", "/key-h", false, List.of(of(KEY_H)));
  static final OperationSecurity KEY_Q_OP =
      OperationSecurity.required("keyQuery()", "GET", "/key-q", false, List.of(of(KEY_Q)));
  static final OperationSecurity KEY_C_OP =
      OperationSecurity.required("keyCookie()", "GET", "/key-c", false, List.of(of(KEY_C)));
  static final OperationSecurity EITHER =
      OperationSecurity.required(
          "either()", "GET", "/either", false, List.of(of(BASIC)), List.of(of(BEARER, "read")));
  static final OperationSecurity BOTH =
      OperationSecurity.required(
          "both()", "GET", "/both", false, List.of(of(KEY_H), of(BEARER, "read")));
  static final OperationSecurity OPTIONAL =
      OperationSecurity.required("optional()", "GET", "/optional", true, List.of(of(BEARER)));
  static final OperationSecurity PUBLIC = OperationSecurity.open("open()", "GET", "/open");

  // Extra combinations.
  static final OperationSecurity KEY_OR_BEARER =
      OperationSecurity.required(
          "keyOrBearer()",
          "GET",
          "/key-or-bearer",
          false,
          List.of(of(KEY_H)),
          List.of(of(BEARER, "read")));
  static final OperationSecurity BASIC_OR_KEY =
      OperationSecurity.required(
          "basicOrKey()", "GET", "/basic-or-key", false, List.of(of(BASIC)), List.of(of(KEY_H)));
  static final OperationSecurity BASIC_OR_QUERY_BEARER =
      OperationSecurity.required(
          "basicOrQueryBearer()",
          "GET",
          "/basic-or-qbearer",
          false,
          List.of(of(BASIC)),
          List.of(of(QUERY_BEARER, "read")));
  static final OperationSecurity OPTIONAL_OR_KEY =
      OperationSecurity.required(
          "optionalOrKey()",
          "GET",
          "/optional-or-key",
          true,
          List.of(of(BEARER)),
          List.of(of(KEY_H)));
  static final OperationSecurity OPTIONAL_READ =
      OperationSecurity.required(
          "optionalRead()", "GET", "/optional-read", true, List.of(of(BEARER, "read")));
  static final OperationSecurity BEARER_READ_WRITE =
      OperationSecurity.required(
          "bearerReadWrite()", "GET", "/rw", false, List.of(of(BEARER, "read", "write")));
  static final OperationSecurity READ_OR_WRITE =
      OperationSecurity.required(
          "readOrWrite()",
          "GET",
          "/read-or-write",
          false,
          List.of(of(BEARER, "read")),
          List.of(of(BEARER, "write")));
  static final OperationSecurity KEY_H_OR_Q =
      OperationSecurity.required(
          "keyHeaderOrQuery()",
          "GET",
          "/key-h-or-q",
          false,
          List.of(of(KEY_H)),
          List.of(of(KEY_Q)));
  static final OperationSecurity BEARER_OR_QUERY_BEARER =
      OperationSecurity.required(
          "bearerOrQueryBearer()",
          "GET",
          "/two-bearers",
          false,
          List.of(of(BEARER)),
          List.of(of(QUERY_BEARER)));

  static final List<OperationSecurity> OPERATIONS =
      List.of(
          BASIC_OP,
          BEARER_READ,
          BEARER_WRITE,
          KEY_H_OP,
          KEY_Q_OP,
          KEY_C_OP,
          EITHER,
          BOTH,
          OPTIONAL,
          PUBLIC,
          KEY_OR_BEARER,
          BASIC_OR_KEY,
          BASIC_OR_QUERY_BEARER,
          OPTIONAL_OR_KEY,
          OPTIONAL_READ,
          BEARER_READ_WRITE,
          READ_OR_WRITE,
          KEY_H_OR_Q,
          BEARER_OR_QUERY_BEARER);

  /** A hand-made generated endpoint. */
  record Endpoint(
      String endpointInterface, List<OperationSecurity> operations, String documentTitle)
      implements GeneratedEndpoint {}

  static GeneratedScheme scheme(
      String name,
      SchemeKind kind,
      String realm,
      CredentialExtractor<? extends Credential> extractor) {
    SchemeDefinition definition = new SchemeDefinition(name, kind, realm, "", extractor);
    return () -> definition;
  }

  static List<GeneratedScheme> schemes(String basicRealm) {
    return List.of(
        scheme(BASIC, SchemeKind.BASIC, basicRealm, Extractors.basic()),
        scheme(BEARER, SchemeKind.BEARER, "", Extractors.bearer()),
        scheme(QUERY_BEARER, SchemeKind.BEARER, "", Extractors.bearer(false, true)),
        apiKey(
            KEY_H, Extractors.apiKeyHeader("X-API-Key"), SchemeDefinition.headerPlace("X-API-Key")),
        apiKey(KEY_Q, Extractors.apiKeyQuery("api_key"), SchemeDefinition.queryPlace("api_key")),
        apiKey(KEY_C, Extractors.apiKeyCookie("sid"), SchemeDefinition.cookiePlace("sid")));
  }

  /** An API key scheme reading {@code place}, as generated code declares it. */
  static GeneratedScheme apiKey(String name, CredentialExtractor<ApiKey> extractor, String place) {
    SchemeDefinition definition =
        new SchemeDefinition(name, SchemeKind.API_KEY, "", "", extractor, place);
    return () -> definition;
  }

  static final Endpoint ENDPOINT = new Endpoint(API, OPERATIONS, "Fixture API");

  // Verifiers (fixture 0.1).
  static final Verifier<BasicCredentials> BASIC_VERIFIER =
      c -> {
        if ("user".equals(c.username()) && "pass".equals(c.password())) {
          return Verification.granted("user", Set.of("profile"));
        }
        if ("colon".equals(c.username()) && "pa:ss".equals(c.password())) {
          return Verification.granted("colon");
        }
        return Verification.rejected();
      };

  static final Map<String, Verification> TOKENS = tokens();

  private static Map<String, Verification> tokens() {
    Map<String, Verification> t = new LinkedHashMap<>();
    t.put("tok-read", Verification.granted("reader", Set.of("read")));
    t.put("tok-write", Verification.granted("writer", Set.of("write")));
    t.put("tok-rw", Verification.granted("rw", Set.of("read", "write")));
    t.put("tok-none", Verification.granted("nobody"));
    return Map.copyOf(t);
  }

  static final Verifier<BearerToken> BEARER_VERIFIER =
      t -> TOKENS.getOrDefault(t.token(), Verification.rejected());

  static final Verifier<ApiKey> KEY_VERIFIER =
      k -> KEY.equals(k.key()) ? Verification.granted("ci-bot") : Verification.rejected();

  static Gatehouse.Builder builder() {
    return Gatehouse.builder().generated(schemes(""), List.of(ENDPOINT)).realm("test");
  }

  static Gatehouse gatehouse() {
    return gatehouse(BASIC_VERIFIER, BEARER_VERIFIER, KEY_VERIFIER);
  }

  static Gatehouse gatehouse(
      Verifier<BasicCredentials> basic, Verifier<BearerToken> bearer, Verifier<ApiKey> key) {
    return builder()
        .basic(BASIC, basic)
        .bearer(BEARER, bearer)
        .bearer(QUERY_BEARER, bearer)
        .apiKey(KEY_H, key)
        .apiKey(KEY_Q, key)
        .apiKey(KEY_C, key)
        .build();
  }

  // Requests.
  static SimpleRequest request(String... headerPairs) {
    SimpleRequest.Builder b = SimpleRequest.builder();
    for (int i = 0; i < headerPairs.length; i += 2) {
      b.header(headerPairs[i], headerPairs[i + 1]);
    }
    return b.build();
  }

  static SimpleRequest requestWithQuery(String rawQuery, String... headerPairs) {
    SimpleRequest.Builder b = SimpleRequest.builder().rawQuery(rawQuery);
    for (int i = 0; i < headerPairs.length; i += 2) {
      b.header(headerPairs[i], headerPairs[i + 1]);
    }
    return b.build();
  }

  static String basicAuth(String user, String pass) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
  }

  static String bearerAuth(String token) {
    return "Bearer " + token;
  }

  // Expected outcomes.
  static Decision.Allow allow(Authentication... who) {
    return new Decision.Allow(List.of(who));
  }

  static Decision.Deny deny(int status, String detail, String... challenges) {
    return new Decision.Deny(status, List.of(challenges), detail);
  }

  /**
   * Asserts that {@code detail} is {@code head}, or {@code head} followed by {@code "; "} and an
   * explanation, where {@code head} itself names no explanation.
   */
  static void assertDetailHead(String detail, String head) {
    if (!detail.equals(head)) {
      assertThat(detail).as("detail").startsWith(head + "; ");
      assertThat(detail.substring(head.length() + 2)).as("explanation").isNotBlank();
    }
  }

  static Authentication auth(String name, String scheme, String... scopes) {
    return new Authentication(name, scheme, Set.of(scopes));
  }

  /**
   * Asserts the exact decision, and for a refusal that its body is {"detail": detail}. A refusal's
   * detail is compared by its head (the text before the first {@code "; "}, which clients may match
   * on); what follows the head says what was wrong and where, and RefusalDetailTest pins it.
   */
  static void assertDecision(Decision actual, Decision expected) {
    if (actual instanceof Decision.Deny deny && expected instanceof Decision.Deny wanted) {
      assertThat(deny.status()).as("status").isEqualTo(wanted.status());
      assertThat(deny.retryAfter()).as("retryAfter").isEqualTo(wanted.retryAfter());
      assertDetailHead(deny.detail(), wanted.detail());
    } else if (actual instanceof Decision.Allow allow && expected instanceof Decision.Allow) {
      // Expected callers are written by name; the required scopes and principal objects are
      // CallerTest's subject.
      assertThat(
              allow.authentications().stream()
                  .map(a -> new Authentication(a.name(), a.scheme(), a.scopes()))
                  .toList())
          .containsExactlyElementsOf(((Decision.Allow) expected).authentications());
      return;
    } else {
      assertThat(actual).isEqualTo(expected);
    }
    if (actual instanceof Decision.Deny deny) {
      assertThat(deny.challenges())
          .containsExactlyElementsOf(((Decision.Deny) expected).challenges());
      assertThat(MiniJson.parseObject(deny.body())).isEqualTo(Map.of("detail", deny.detail()));
    } else {
      Decision.Allow allow = (Decision.Allow) actual;
      assertThat(allow.authentications())
          .containsExactlyElementsOf(((Decision.Allow) expected).authentications());
    }
  }

  /** A strict parser for a JSON object whose members are all strings (RFC 8259). */
  static final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) {
      this.s = s;
    }

    static Map<String, String> parseObject(String text) {
      MiniJson p = new MiniJson(text);
      Map<String, String> out = p.object();
      p.ws();
      if (p.i != text.length()) {
        throw new IllegalArgumentException("trailing data at " + p.i);
      }
      return out;
    }

    private Map<String, String> object() {
      Map<String, String> out = new LinkedHashMap<>();
      ws();
      expect('{');
      ws();
      if (peek() == '}') {
        i++;
        return out;
      }
      while (true) {
        ws();
        String name = string();
        ws();
        expect(':');
        ws();
        String value = string();
        if (out.put(name, value) != null) {
          throw new IllegalArgumentException("duplicate member " + name);
        }
        ws();
        char c = next();
        if (c == '}') {
          return out;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or } at " + (i - 1));
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw new IllegalArgumentException("raw control character in string at " + (i - 1));
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case '/' -> out.append('/');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw new IllegalArgumentException("short \\u escape");
            }
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw new IllegalArgumentException("bad escape \\" + e);
        }
      }
    }

    private void ws() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(i);
    }

    private char next() {
      char c = peek();
      i++;
      return c;
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
      }
    }
  }
}
