package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The character classes of RFC 6749 sections 3.3 and 5.2 and the JSON string writer. */
class TextTest {

  @Test
  void scopeTokenIsVisibleAsciiWithoutQuoteOrBackslash() {
    assertThat(Text.isScopeToken("!~#[]")).isTrue();
    assertThat(Text.isScopeToken("")).isFalse();
    for (String bad : new String[] {" ", "a b", "\u0020", "\u007f", "\"", "\\", "\u00e9", "\t"}) {
      assertThat(Text.isScopeToken(bad)).as("%s", bad).isFalse();
    }
  }

  @Test
  void errorTextAlsoAllowsSpace() {
    assertThat(Text.isErrorText(" !~")).isTrue();
    assertThat(Text.isErrorText("")).isFalse();
    for (String bad : new String[] {"\u001f", "\u007f", "\"", "\\", "\u00e9", "a\nb"}) {
      assertThat(Text.isErrorText(bad)).as("%s", bad).isFalse();
    }
  }

  @Test
  void controlCharactersAreC0AndDel() {
    assertThat(Text.hasCtl("\u0000")).isTrue();
    assertThat(Text.hasCtl("a\u001fb")).isTrue();
    assertThat(Text.hasCtl("\u007f")).isTrue();
    assertThat(Text.hasCtl(" ~\u0080\u00e9")).isFalse();
  }

  @Test
  void jsonEscapesQuotesBackslashesControlsAndNonAscii() {
    assertThat(Text.json(" ~")).isEqualTo("\" ~\"");
    assertThat(Text.json("\"\\")).isEqualTo("\"\\\"\\\\\"");
    assertThat(Text.json("\u001f\u007f\u00e9\u2028")).isEqualTo("\"\\u001f\\u007f\\u00e9\\u2028\"");
    assertThat(Text.json("")).isEqualTo("\"\"");
  }
}
