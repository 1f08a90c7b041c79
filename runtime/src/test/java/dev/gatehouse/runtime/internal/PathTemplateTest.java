package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixed template segments such as {@code {name}.json}: literals in order, variables non-empty. */
class PathTemplateTest {

  private static boolean matches(String template, String path) {
    return PathTemplate.parse(template).matches(RequestPath.parse(path).orElseThrow());
  }

  @Test
  void mixedSegmentsNeedTheirLiteralsInOrderAndAtLeastOneCharacterPerVariable() {
    assertThat(matches("/f/{a}.json", "/f/x.json")).isTrue();
    assertThat(matches("/f/{a}.json", "/f/.json")).isFalse();
    assertThat(matches("/f/{a}.json", "/f/x.jsonx")).isFalse();
    assertThat(matches("/f/{a}-{b}", "/f/a-b-c")).isTrue();
    assertThat(matches("/f/{a}-{b}", "/f/a-")).isFalse();
    assertThat(matches("/f/{a}-{b}", "/f/-b")).isFalse();
    assertThat(matches("/f/v{n}", "/f/v1")).isTrue();
    assertThat(matches("/f/v{n}", "/f/v")).isFalse();
    assertThat(matches("/f/{a}{b}", "/f/ab")).isTrue();
    assertThat(matches("/f/{a}{b}", "/f/a")).isFalse();
    assertThat(matches("/f/x{a}y{b}z", "/f/xyy2z")).isTrue();
    assertThat(matches("/f/x{a}y{b}z", "/f/xy2z")).isFalse();
  }

  @Test
  void mixedMatchingIsLinearOnHostileInput() {
    List<String> parts = List.of("", "-", "", "-", "", "-", "", "!");
    String text = "a-".repeat(2000);
    long start = System.nanoTime();
    assertThat(PathTemplate.matchesMixed(parts, text)).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void variablesMatchAnyOneDecodedSegmentAndTrailingSlashesMustAgree() {
    assertThat(matches("/items/{id}", "/items/a%20b")).isTrue();
    assertThat(matches("/items/{id}", "/items/a/b")).isFalse();
    assertThat(matches("/items/", "/items/")).isTrue();
    assertThat(matches("/items/", "/items")).isFalse();
  }
}
