package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which realms a challenge may carry (security rules 1.2.13), and the sentence for the others. */
class DeciderRealmTest {
  private static final String BAD_CHARACTER =
      "it contains a character other than printable ASCII without '\"' and '\\'";

  @Test
  void printableAsciiWithoutQuoteOrBackslashIsARealm() {
    assertThat(Decider.realmProblem(" ")).isNull();
    assertThat(Decider.realmProblem("~")).isNull();
    assertThat(Decider.realmProblem("Gatehouse example !#[]")).isNull();
  }

  @Test
  void everythingElseIsNamed() {
    assertThat(Decider.realmProblem("")).isEqualTo("it is empty");
    for (String bad : new String[] {"\u001f", "\u007f", "\"", "\\", "\u00e9", "a\r\nb"}) {
      assertThat(Decider.realmProblem(bad)).as("%s", bad).isEqualTo(BAD_CHARACTER);
    }
  }
}
