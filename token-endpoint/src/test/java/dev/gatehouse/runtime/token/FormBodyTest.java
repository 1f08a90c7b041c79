package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The token endpoint's media-type check and strict form decoding, at their boundaries. */
class FormBodyTest {
  private static final String FORM = "application/x-www-form-urlencoded";

  @ParameterizedTest
  @ValueSource(
      strings = {
        FORM,
        "APPLICATION/X-WWW-FORM-URLENCODED",
        FORM + "; charset=UTF-8",
        FORM + ";charset=\"utf-8\"",
        FORM + "; foo=\"\"", // an empty quoted value of an ignored parameter
        FORM + "; AZaz09!#$%&'*+-.^_`|~=AZaz09!#$%&'*+-.^_`|~",
        " " + FORM + "\t"
      })
  void acceptsTheFormMediaType(String contentType) {
    assertThat(FormBody.label(contentType)).isEqualTo(FormBody.Label.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        FORM + "; charset=windows-1252",
        FORM + "; charset=UTF-8; charset=UTF-8",
        FORM + "; =x", // empty parameter name
        FORM + "; foo", // no '='
        FORM + "; foo=", // empty value
        FORM + "; foo=a b", // value not a token
        FORM + "; foo=\"", // a lone quote
        FORM + "; a@=x",
        FORM + "; a[=x",
        FORM + "; a{=x",
        FORM + "; a/=x",
        FORM + "; a:=x",
        FORM + "; a\u00e9=x",
        "application/x-www-form-urlencodedx",
        "application/json"
      })
  void refusesEverythingElse(String contentType) {
    assertThat(FormBody.label(contentType)).isNull();
  }

  @Test
  void contentTypeIsCappedAt1024Characters() {
    String prefix = FORM + "; p=";
    String atCap = prefix + "x".repeat(1024 - prefix.length());
    assertThat(FormBody.label(atCap)).isEqualTo(FormBody.Label.UTF_8);
    assertThat(FormBody.label(atCap + "x")).isNull();
  }

  @Test
  void foldsOnlyAsciiLetters() {
    assertThat(FormBody.equalsIgnoreAsciiCase("AZaz", "azAZ")).isTrue();
    assertThat(FormBody.equalsIgnoreAsciiCase("@[", "`{")).isFalse();
    assertThat(FormBody.equalsIgnoreAsciiCase("\u0130", "i")).isFalse();
    assertThat(FormBody.equalsIgnoreAsciiCase("ab", "abc")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "%30%39%3a%3A%3f%3F|09::??",
        "%41%5A%61%7a%7A%7e|AZazz~",
        "%c3%a9%C3%A9|\u00e9\u00e9",
        "%e2%82%ac|\u20ac",
        "%DF%BF|\u07ff",
        "%F0%9F%98%80|\ud83d\ude00",
        "a+b|a b",
        "!~|!~"
      })
  void decodesEveryHexDigitInBothCases(String raw, String expected) throws Exception {
    byte[] bytes = raw.getBytes(StandardCharsets.US_ASCII);
    assertThat(FormBody.decode(bytes, 0, bytes.length, "scope")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%/0",
        "%:0",
        "%@0",
        "%G0",
        "%`0",
        "%g0",
        "%0/",
        "%0:",
        "%0@",
        "%0G",
        "%0`",
        "%0g",
        "%4",
        "a%4",
        "%",
        "a b",
        "a\u007fb",
        "%80",
        "%C3"
      })
  void refusesAnythingNotStrictlyEncoded(String raw) {
    byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> FormBody.decode(bytes, 0, bytes.length, "scope"))
        .isInstanceOfSatisfying(
            TokenRequestException.class,
            e -> assertThat(e.error()).isEqualTo(TokenError.MALFORMED_BODY));
  }

  @Test
  void escapeCutShortAtTheEndOfTheBodyIsMalformedNotACrash() {
    byte[] body = "username=u&password=%4".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> FormBody.parse(body))
        .isInstanceOfSatisfying(
            TokenRequestException.class,
            e -> assertThat(e.error()).isEqualTo(TokenError.MALFORMED_BODY));
  }
}
