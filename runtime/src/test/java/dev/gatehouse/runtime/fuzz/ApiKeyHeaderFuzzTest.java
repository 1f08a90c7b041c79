package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.internal.Decider;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the API key in a header (security rules 1.8.2) and the single-scheme decision's own path
 * for it: the extraction is rule 1.8.2 written out (one line; optional white space off both ends;
 * within 8 KiB; any control character refuses it; a comma makes it ambiguous; empty is absent), and
 * an operation needing that one scheme decides every request exactly as the general path does,
 * asking the verifier once, with the key the extractor found.
 *
 * <p>Input: the octets of the {@code X-Key} lines, one character per octet, separated by {@code
 * \n}; the empty input is no such field.
 */
class ApiKeyHeaderFuzzTest {
  private static final int LINE_CAP = 8 * 1024;
  private static final CredentialExtractor<ApiKey> HEADER = Extractors.apiKeyHeader("X-Key");

  private static final List<OperationSecurity> OPERATIONS =
      List.of(
          OperationSecurity.required(
              "any()", "GET", "/any", false, List.of(SchemeRequirement.of("Key"))),
          OperationSecurity.required(
              "read()", "GET", "/read", false, List.of(SchemeRequirement.of("Key", "read"))));

  private final List<String> fastCalls = new ArrayList<>();
  private final List<String> generalCalls = new ArrayList<>();
  private final Decider fast = decider(HEADER, fastCalls);

  /** The same extractor behind a lambda: the decision cannot take its plain-key path. */
  private final Decider general = decider(request -> HEADER.extract(request), generalCalls);

  @FuzzTest(maxDuration = "10m")
  void apiKeyHeader(byte[] input) {
    List<String> lines =
        input.length == 0 ? List.of() : List.of(Oracles.latin1(input).split("\n", -1));
    SimpleRequest.Builder builder = SimpleRequest.builder();
    lines.forEach(line -> builder.header("X-Key", line));
    SimpleRequest request = builder.build();

    Extraction<ApiKey> actual = Oracles.extract(HEADER, request);
    assertThat(actual).isEqualTo(rule(lines));

    for (OperationSecurity operation : OPERATIONS) {
      fastCalls.clear();
      generalCalls.clear();
      Decision expected = general.decide(operation, request);
      assertThat(fast.decide(operation, request)).isEqualTo(expected);
      assertThat(fastCalls).isEqualTo(generalCalls);
      ApiKey key = Oracles.credential(actual);
      assertThat(fastCalls).isEqualTo(key == null ? List.of() : List.of(key.key()));
    }
  }

  /** Rule 1.8.2, step by step. */
  private static Extraction<ApiKey> rule(List<String> lines) {
    if (lines.isEmpty()) {
      return Extraction.absent();
    }
    if (lines.size() > 1) {
      return Extraction.rejected(Reason.DUPLICATE_HEADER);
    }
    String value = Oracles.stripOws(lines.get(0));
    if (value.length() > LINE_CAP) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    if (Oracles.hasCtl(value)) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    if (value.indexOf(',') >= 0) {
      return Extraction.rejected(Reason.DUPLICATE_HEADER);
    }
    return value.isEmpty() ? Extraction.absent() : Extraction.present(new ApiKey(value));
  }

  /**
   * A decider whose verifier records every key it is asked about and answers by the key's last
   * character: granted, granted with scope {@code read}, null, a failure, or rejected.
   */
  private static Decider decider(CredentialExtractor<ApiKey> extractor, List<String> calls) {
    Verification granted = Verification.granted("robot");
    Verification reader = Verification.granted("reader", Set.of("read"));
    Verifier<ApiKey> verifier =
        key -> {
          calls.add(key.key());
          return switch (key.key().charAt(key.key().length() - 1) % 5) {
            case 0 -> granted;
            case 1 -> reader;
            case 2 -> null;
            case 3 -> throw new IllegalStateException("verifier failure");
            default -> Verification.rejected();
          };
        };
    Map<String, SchemeDefinition> schemes =
        Map.of("Key", SchemeDefinition.apiKeyHeader("Key", "X-Key", extractor));
    Map<String, Verifier<? extends Credential>> verifiers = Map.of("Key", verifier);
    return new Decider(schemes, verifiers, "fuzz", null);
  }
}
