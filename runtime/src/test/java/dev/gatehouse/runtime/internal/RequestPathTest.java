package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The path rules of docs/path-matching.md, one test per rule. */
class RequestPathTest {

  @Test
  void segmentsAreSplitOnSlashThenDecoded() {
    assertThat(RequestPath.parse("/items/a%20b/%C3%A9"))
        .hasValue(new RequestPath(List.of("items", "a b", "é"), false));
    assertThat(RequestPath.parse("/")).hasValue(new RequestPath(List.of(), false));
    assertThat(RequestPath.parse("/%61dmin")).hasValue(new RequestPath(List.of("admin"), false));
  }

  @Test
  void parametersAfterSemicolonAreStrippedFromEverySegment() {
    assertThat(RequestPath.parse("/admin;jsessionid=x"))
        .hasValue(new RequestPath(List.of("admin"), false));
    assertThat(RequestPath.parse("/items;a=1/7;b"))
        .hasValue(new RequestPath(List.of("items", "7"), false));
  }

  @Test
  void trailingSlashIsKeptAsAFlag() {
    assertThat(RequestPath.parse("/items/1/"))
        .hasValue(new RequestPath(List.of("items", "1"), true));
  }

  @Test
  void caseIsKept() {
    assertThat(RequestPath.parse("/ADMIN")).hasValue(new RequestPath(List.of("ADMIN"), false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "admin",
        "*",
        "//admin",
        "/items//1",
        "/items/./1",
        "/items/../admin",
        "/items/%2e%2e/admin",
        "/items/%2E%2e/admin",
        "/items/.%2e/admin",
        "/items/..;/admin",
        "/items/.;x/admin",
        "/;x/admin",
        "/items%2F1",
        "/items%2f1",
        "/items%5C1",
        "/a%3Bb",
        "/a%25b",
        "/a%252e%252e",
        "/a%00",
        "/a%0d%0a",
        "/a%7F",
        "/a%",
        "/a%4",
        "/a%zz",
        "/a%%41",
        "/a%C0%AE",
        "/a%C0%AF",
        "/a%E0%80%AE",
        "/a%ED%A0%80",
        "/a%FF",
        "/a%C3",
        "/a b",
        "/a\\b",
        "/a\u00e9",
        "/a\"b",
        "/a{b}",
        "/a|b",
        "/a^b",
        "/a`b",
        "/a<b",
        "/a#b",
        "/a?b",
        "/.",
        "/..",
        "/.;",
        "/items/.."
      })
  void hostileOrAmbiguousSpellingsAreRefused(String raw) {
    assertThat(RequestPath.parse(raw)).isEmpty();
  }

  @Test
  void overlongPathsAreRefused() {
    assertThat(RequestPath.parse("/" + "a".repeat(RequestPath.MAX_LENGTH))).isEmpty();
    assertThat(RequestPath.parse("/" + "a".repeat(RequestPath.MAX_LENGTH - 1))).isPresent();
  }

  @Test
  void dotsInsideASegmentAreOrdinaryCharacters() {
    assertThat(RequestPath.parse("/files/a.json/..."))
        .hasValue(new RequestPath(List.of("files", "a.json", "..."), false));
  }
}
