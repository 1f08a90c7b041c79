package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.AuthenticationThrottledException;
import dev.gatehouse.runtime.Confirmation;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The header API key's own path through a single-scheme decision: {@link
 * ApiKeyExtractors.HeaderKey#plainKey} offers a key only where the extractor finds exactly that
 * key, and a decision taken through it is the decision the general path takes, with the verifier
 * asked once.
 */
class HeaderKeyDecisionTest {

  private static final String OK = "ok-Key_0123456789";

  /** Characters a line is drawn from: key characters and every kind the rules treat apart. */
  private static final String ALPHABET =
      "aZ09-_.~+/=!#$%&'*^`|"
          + " \t,;:\"()<>@[]\\{}?"
          + "\u0000\u0001\u001f\u007f\u0080\u00e9\u20ac";

  private static final ApiKeyExtractors.HeaderKey HEADER = ApiKeyExtractors.header("X-Key");

  private static String randomLine(Random random) {
    int shape = random.nextInt(10);
    if (shape == 0) {
      return OK;
    }
    if (shape == 1) {
      // Near the line cap, plain or not.
      int n = Limits.FIELD_LINE_CHARS - 2 + random.nextInt(5);
      StringBuilder b = new StringBuilder("k".repeat(n));
      if (random.nextBoolean()) {
        b.setCharAt(random.nextInt(n), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      return b.toString();
    }
    int n = random.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // Mostly key characters, so that plain keys are common.
      b.append(
          random.nextInt(3) > 0
              ? ALPHABET.charAt(random.nextInt(21))
              : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Nested
  class PlainKey {

    @Test
    void isOfferedOnlyWhereTheExtractorFindsExactlyThatKey() {
      Random random = new Random(20261206L);
      int plain = 0;
      int other = 0;
      for (int i = 0; i < 50_000; i++) {
        String line = randomLine(random);
        SimpleRequest request = Requests.headers("X-Key", line);
        String key = HEADER.plainKey(request);
        Extraction<ApiKey> extraction = HEADER.extract(request);
        // Written out: one line, not empty, within the cap, nothing at or below ',' and no DEL.
        boolean plainAsRuled =
            !line.isEmpty()
                && line.length() <= Limits.FIELD_LINE_CHARS
                && line.chars().allMatch(c -> c > ',' && c != 0x7f);
        assertThat(key != null).as("line %s", escape(line)).isEqualTo(plainAsRuled);
        if (key != null) {
          plain++;
          assertThat(key).as("line %s", escape(line)).isEqualTo(line);
          assertThat(extraction)
              .as("line %s", escape(line))
              .isEqualTo(new Extraction.Present<>(new ApiKey(line)));
        } else {
          other++;
        }
      }
      assertThat(plain).isGreaterThan(5_000);
      assertThat(other).isGreaterThan(5_000);
    }

    @Test
    void isNotOfferedForNoLineOrTwoLines() {
      assertThat(HEADER.plainKey(Requests.headers())).isNull();
      assertThat(HEADER.plainKey(Requests.headers("X-Key", OK, "x-key", OK))).isNull();
      assertThat(HEADER.extract(Requests.headers("X-Key", OK, "x-key", OK)))
          .isEqualTo(Extraction.rejected(Extraction.Reason.DUPLICATE_HEADER));
    }

    @Test
    void anUnreadableRequestIsLeftToTheExtractorWhichNamesIt() {
      List<RequestView> unreadable = new ArrayList<>();
      unreadable.add(null);
      unreadable.add(view(name -> null));
      unreadable.add(
          view(
              name -> {
                throw new IllegalStateException("adapter failure");
              }));
      List<String> nullLine = new ArrayList<>();
      nullLine.add(null);
      unreadable.add(view(name -> nullLine));
      for (RequestView request : unreadable) {
        assertThat(HEADER.plainKey(request)).isNull();
        assertThat(HEADER.extract(request))
            .isEqualTo(Extraction.rejected(Extraction.Reason.UNREADABLE_REQUEST));
      }
    }
  }

  @Nested
  class Decisions {

    /** What the verifier answers, by key; any other key is rejected. */
    private Verification answer(String key) throws Exception {
      return switch (key) {
        case OK -> GRANTED;
        case "scoped" -> SCOPED;
        case "nothing" -> null;
        case "bound" -> BOUND;
        case "boom" -> throw new IllegalStateException("verifier failure");
        case "busy" ->
            throw new VerifierUnavailableException("store down", Duration.ofSeconds(7), null);
        case "slow" ->
            throw new AuthenticationThrottledException("too many", Duration.ofSeconds(9));
        default -> Verification.rejected();
      };
    }

    private final Verification GRANTED = Verification.granted("robot");
    private final Verification SCOPED = Verification.granted("reader", Set.of("read"));
    private final Verification BOUND =
        Verification.granted("holder", Set.of("read"))
            .withConfirmation(
                new Confirmation("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I", null));

    /** Keys each verifier was handed, in order. */
    private final List<String> fastCalls = new ArrayList<>();

    private final List<String> generalCalls = new ArrayList<>();

    private Decider decider(CredentialExtractor<ApiKey> extractor, List<String> calls) {
      Verifier<ApiKey> verifier =
          key -> {
            calls.add(key.key());
            return answer(key.key());
          };
      Map<String, SchemeDefinition> schemes =
          Map.of("Key", SchemeDefinition.apiKeyHeader("Key", "X-Key", extractor));
      Map<String, Verifier<? extends Credential>> verifiers = Map.of("Key", verifier);
      return new Decider(schemes, verifiers, "test", null);
    }

    /** The same extractor behind a lambda: the decision cannot see its plain-key path. */
    private final Decider general = decider(request -> HEADER.extract(request), generalCalls);

    private final Decider fast = decider(HEADER, fastCalls);

    private final List<OperationSecurity> operations =
        List.of(
            OperationSecurity.required(
                "any()", "GET", "/any", false, List.of(SchemeRequirement.of("Key"))),
            OperationSecurity.required(
                "read()", "GET", "/read", false, List.of(SchemeRequirement.of("Key", "read"))));

    private void assertSameDecision(RequestView request) {
      for (OperationSecurity operation : operations) {
        fastCalls.clear();
        generalCalls.clear();
        Decision expected = general.decide(operation, request);
        Decision actual = fast.decide(operation, request);
        assertThat(actual).as("%s", operation.signature()).isEqualTo(expected);
        assertThat(fastCalls).isEqualTo(generalCalls);
        assertThat(fastCalls).hasSizeLessThanOrEqualTo(1);
      }
    }

    @Test
    void everyVerifierAnswerDecidesAsOnTheGeneralPath() {
      for (String key :
          List.of(OK, "scoped", "nothing", "bound", "boom", "busy", "slow", "wrong", " " + OK)) {
        assertSameDecision(Requests.headers("X-Key", key));
      }
      assertSameDecision(Requests.headers());
      assertSameDecision(Requests.headers("X-Key", OK, "X-Key", OK));
      assertSameDecision(view(name -> null));
    }

    @Test
    void randomLinesDecideAsOnTheGeneralPath() {
      Random random = new Random(6122026L);
      List<String> keys = List.of(OK, "scoped", "nothing", "bound", "boom", "busy", "slow");
      for (int i = 0; i < 20_000; i++) {
        String line =
            random.nextInt(4) == 0 ? keys.get(random.nextInt(keys.size())) : randomLine(random);
        assertSameDecision(Requests.headers("X-Key", line));
      }
    }

    @Test
    void theVerifierIsHandedTheKeyAsSentOnceAndTheCallerLetIn() {
      Decision allowed = fast.decide(operations.get(0), Requests.headers("X-Key", OK));
      assertThat(allowed).isInstanceOf(Decision.Allow.class);
      assertThat(((Decision.Allow) allowed).principal().orElseThrow().principal())
          .isEqualTo("robot");
      assertThat(fastCalls).containsExactly(OK);
      // A refusal continues on the general path with the first answer: no second verification.
      fastCalls.clear();
      Decision refused = fast.decide(operations.get(0), Requests.headers("X-Key", "wrong"));
      assertThat(refused).isInstanceOf(Decision.Deny.class);
      assertThat(((Decision.Deny) refused).status()).isEqualTo(401);
      assertThat(fastCalls).containsExactly("wrong");
    }
  }

  private static RequestView view(java.util.function.Function<String, List<String>> headers) {
    return Requests.view("GET", headers);
  }

  private static String escape(String line) {
    StringBuilder b = new StringBuilder();
    for (char c : line.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.length() > 80
        ? b.substring(0, 80) + "... (" + line.length() + " chars)"
        : b.toString();
  }
}
