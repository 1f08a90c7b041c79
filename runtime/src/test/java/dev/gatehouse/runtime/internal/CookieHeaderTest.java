package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Extraction.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cookie parser's edges: exact size caps and the cookie-octet boundaries (rule 1.8.4). */
class CookieHeaderTest {

  @Test
  void joinedLinesUpToTheCapAreRead() {
    String prefix = "sid=abc; pad=";
    // Each line counts its length plus two for the "; " that joins it.
    String atCap = prefix + "x".repeat(Limits.COOKIE_CHARS - 2 - prefix.length());
    assertThat(CookieHeader.find(List.of(atCap), "sid"))
        .isEqualTo(new CookieHeader.Found("abc", null));
    assertThat(CookieHeader.find(List.of(atCap + "x"), "sid"))
        .isEqualTo(new CookieHeader.Found(null, Reason.TOO_LARGE));
  }

  @Test
  void valueUpToTheCredentialCapIsRead() {
    String atCap = "k".repeat(Limits.CREDENTIAL_CHARS);
    assertThat(CookieHeader.find(List.of("sid=" + atCap), "sid"))
        .isEqualTo(new CookieHeader.Found(atCap, null));
    assertThat(CookieHeader.find(List.of("sid=" + atCap + "k"), "sid"))
        .isEqualTo(new CookieHeader.Found(null, Reason.TOO_LARGE));
  }

  @Test
  void controlCharacterAtTheStartOfTheValueIsRefused() {
    assertThat(CookieHeader.find(List.of("sid=\u0001abc"), "sid"))
        .isEqualTo(new CookieHeader.Found(null, Reason.CONTROL_CHARACTER));
  }

  @Test
  void visibleAsciiEndsAreCookieOctets() {
    assertThat(CookieHeader.find(List.of("sid=!~"), "sid"))
        .isEqualTo(new CookieHeader.Found("!~", null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"sid=a b", "sid=\"a b\"", "sid=a,b", "sid=a\\b", "sid=\u00e9", "sid=a\"b"})
  void nonCookieOctetsInsideTheValueAreRefused(String line) {
    assertThat(CookieHeader.find(List.of(line), "sid"))
        .isEqualTo(new CookieHeader.Found(null, Reason.BAD_COOKIE));
  }
}
