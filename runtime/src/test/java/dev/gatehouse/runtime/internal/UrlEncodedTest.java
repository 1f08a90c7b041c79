package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict urlencoded parsing of raw query strings and form bodies (security rules 1.8.3). */
class UrlEncodedTest {

  @Test
  void findsEveryValueInOrder() {
    assertThat(UrlEncoded.find("a=1&b=2&a=3&a", "a"))
        .isEqualTo(new UrlEncoded.Lookup(true, List.of("1", "3", "")));
  }

  @Test
  void decodesNamesAndValuesOnce() {
    assertThat(UrlEncoded.find("%61+b=%2541+x", "a b").values()).containsExactly("%41 x");
    assertThat(UrlEncoded.find("k=%e2%82%AC", "k").values()).containsExactly("€");
  }

  @Test
  void onlyAmpersandSeparates() {
    assertThat(UrlEncoded.find("a=1;b=2", "a").values()).containsExactly("1;b=2");
    assertThat(UrlEncoded.find("a=1;b=2", "b").values()).isEmpty();
  }

  @Test
  void emptyInputAndEmptyPairsAreWellFormed() {
    assertThat(UrlEncoded.find("", "a")).isEqualTo(new UrlEncoded.Lookup(true, List.of()));
    assertThat(UrlEncoded.find("&&&", "a")).isEqualTo(new UrlEncoded.Lookup(true, List.of()));
    assertThat(UrlEncoded.find("=x", "").values()).containsExactly("x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a=%",
        "a=%1",
        "a=%1g",
        "%=1",
        "a=%C3",
        "a=%C0%AF",
        "a=b c",
        "a=é",
        "a=\u0000",
        "a=\t",
        "a=\u007f",
        "x=%&a=1",
        "a=%\u0661\u0662"
      })
  void anyViolationMakesTheWholeInputMalformed(String raw) {
    assertThat(UrlEncoded.find(raw, "a")).isEqualTo(new UrlEncoded.Lookup(false, List.of()));
  }
}
