package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Extraction.Reason;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The RFC 9110 auth-param list parser. */
class AuthParamsTest {

  @Test
  void parsesTokensAndQuotedStringsInOrder() {
    AuthParams.Parsed parsed = AuthParams.parse("B=1, a = \"x, y\" ,c=\"\"");
    assertThat(parsed.reason()).isNull();
    assertThat(parsed.params())
        .containsExactly(Map.entry("b", "1"), Map.entry("a", "x, y"), Map.entry("c", ""));
  }

  @Test
  void obsTextIsAllowedInQuotedStrings() {
    assertThat(AuthParams.parse("a=\"caf\u00e9\"").params()).containsEntry("a", "café");
  }

  @Test
  void duplicateNamesIgnoringAsciiCaseAreReported() {
    assertThat(AuthParams.parse("realm=a, REALM=b").reason())
        .isEqualTo(Reason.DUPLICATE_AUTH_PARAM);
    // U+0130 does not fold to 'i': these are different names, but "realİ" is not a token anyway.
    assertThat(AuthParams.parse("realm=a, realİ=b").reason()).isEqualTo(Reason.BAD_AUTH_PARAM);
  }

  /** Security rules 3.4 target 6: quoted-string escaping round-trips through the parser. */
  @Test
  void quotedStringUnescapingRoundTrips() {
    Random random = new Random(9110);
    String alphabet = "ab\"\\ ,=;\u00e9";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String quoted = "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      AuthParams.Parsed parsed = AuthParams.parse("p=" + quoted + ", q=1");
      assertThat(parsed.params()).as(quoted).isEqualTo(Map.of("p", value.toString(), "q", "1"));
    }
  }

  @Test
  void malformedListsAreReported() {
    for (String text : List.of("", ",", "a", "a=", "a=\"", "a=b c=d", "a b=c", "=b", "a=\"\\")) {
      assertThat(AuthParams.parse(text).reason()).as(text).isEqualTo(Reason.BAD_AUTH_PARAM);
    }
  }
}
