package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fuzzes the API-key cookie extractor (RFC 6265 sections 4.1.1, 4.2.1, 5.4, security rules 1.8.4,
 * decision P5): the answer does not depend on how the pairs are spread over {@code Cookie} lines or
 * in which order the lines come (RFC 9113 section 8.2.3); an extracted key is made of cookie-octets
 * and is the value of the only pair of that name, with at most one DQUOTE pair removed and nothing
 * trimmed or decoded; an ambiguity means the name really came twice.
 *
 * <p>Input: the octets of the {@code Cookie} lines, one character per octet, separated by {@code
 * \n}; the empty input is no {@code Cookie} field. The cookie looked up is {@code sid}.
 */
class CookieFuzzTest {
  private static final String NAME = "sid";
  private static final CredentialExtractor<ApiKey> COOKIE = Extractors.apiKeyCookie(NAME);

  /** RFC 6265 {@code 1*cookie-octet}: no CTL, whitespace, DQUOTE, comma, semicolon, backslash. */
  private static final String COOKIE_OCTETS =
      "[\\x21\\x23-\\x2b\\x2d-\\x3a\\x3c-\\x5b\\x5d-\\x7e]+";

  @FuzzTest(maxDuration = "10m")
  void cookieHeader(byte[] input) {
    List<String> lines =
        input.length == 0 ? List.of() : List.of(Oracles.latin1(input).split("\n", -1));
    Extraction<ApiKey> actual = Oracles.extract(COOKIE, request(lines));

    List<String> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    assertThat(Oracles.extract(COOKIE, request(reversed))).isEqualTo(actual);
    if (lines.size() > 1 && input.length < 60_000) {
      List<String> stripped = lines.stream().map(Oracles::stripOws).toList();
      assertThat(Oracles.extract(COOKIE, request(List.of(String.join("; ", stripped)))))
          .isEqualTo(actual);
    }

    List<String> values = new ArrayList<>();
    String joined = String.join("; ", lines.stream().map(Oracles::stripOws).toList());
    for (String pair : joined.split(";")) {
      int eq = pair.indexOf('=');
      if (eq >= 0 && Oracles.stripOws(pair.substring(0, eq)).equals(NAME)) {
        values.add(pair.substring(eq + 1));
      }
    }
    if (actual instanceof Extraction.Ambiguous<ApiKey> a) {
      assertThat(a.reason()).isEqualTo(Reason.DUPLICATE_COOKIE);
      assertThat(values).hasSizeGreaterThan(1);
    }
    ApiKey key = Oracles.credential(actual);
    if (key != null) {
      assertThat(values).hasSize(1);
      assertThat(values.get(0)).isIn(key.key(), "\"" + key.key() + "\"");
      assertThat(key.key()).matches(COOKIE_OCTETS);
    }
  }

  private static SimpleRequest request(List<String> lines) {
    SimpleRequest.Builder b = SimpleRequest.builder();
    lines.forEach(line -> b.header("Cookie", line));
    return b.build();
  }
}
