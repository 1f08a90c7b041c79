package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8187 ext-values as Digest's {@code username*} uses them: UTF-8 only, strict escapes. */
class ExtValueTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UTF-8''abc|abc",
        "utf-8'en'abc|abc",
        "UTF-8'de-CH'J%C3%A4s%C3%B8n|J\u00e4s\u00f8n",
        "UTF-8''%e2%82%ac|\u20ac",
        "UTF-8''a%41|aA", // an escape that ends the value
        "UTF-8''%41b|Ab",
        "UTF-8''AZaz09|AZaz09"
      })
  void decodes(String text, String expected) {
    assertThat(ExtValue.decode(text)).contains(expected);
  }

  @Test
  void everyAttrCharSymbolStandsForItself() {
    for (char c : "!#$&+-.^_`|~".toCharArray()) {
      assertThat(ExtValue.decode("UTF-8''" + c)).as("%s", c).contains(String.valueOf(c));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UTF-8''%4", // escape cut short at the end
        "UTF-8''%", // lone percent at the end
        "UTF-8''a%4", // cut short after a character
        "UTF-8''%4G",
        "UTF-8''%G4",
        "UTF-8''%C3", // truncated UTF-8
        "UTF-8''a b",
        "UTF-8''a\"b",
        "UTF-8''a%", // percent as the last character
        "ISO-8859-1''a",
        "UTF-8'e n'a",
        "UTF-8'e_n'a",
        "UTF-8'a",
        "abc",
        "''a"
      })
  void refuses(String text) {
    assertThat(ExtValue.decode(text)).isEmpty();
  }
}
