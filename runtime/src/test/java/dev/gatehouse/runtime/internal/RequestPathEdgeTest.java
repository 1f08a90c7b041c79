package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of RFC 3986 {@code pchar} and of percent-escapes in route binding (rule 1.11). */
class RequestPathEdgeTest {

  @ParameterizedTest
  @ValueSource(strings = {"/az", "/AZ", "/09", "/-._~!$&'()*+,=:@", "/a%41", "/%7e"})
  void pcharsAtTheEdgesOfEachRangeAreAccepted(String raw) {
    assertThat(RequestPath.parse(raw)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/a`",
        "/a{",
        "/a[",
        "/a\"",
        "/a<",
        "/a^",
        "/a|",
        "/a\u007f",
        "/a b",
        "/\u00e9",
        "/a%4",
        "/a%",
        "/%4G",
        "/%G4",
        "/%2F",
        "/%5C",
        "/%3B",
        "/%25",
        "/%00",
        "/%1F",
        "/%7F"
      })
  void otherCharactersAndEscapesAreRefused(String raw) {
    assertThat(RequestPath.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%20", "/%7E", "/%21"})
  void decodedPrintableCharactersAreKept(String raw) {
    String decoded = String.valueOf((char) Integer.parseInt(raw.substring(2), 16));
    assertThat(RequestPath.parse(raw)).hasValue(new RequestPath(List.of(decoded), false));
  }
}
