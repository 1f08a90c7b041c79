package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Path templates at their edges: mixed segments that start or end with a variable, braces that do
 * not pair up, the total order routes are tried in, and which templates count as the same shape
 * (two operations on the same shape would be ambiguous).
 */
class PathTemplateEdgeTest {

  @Test
  void mixedSegmentsMayStartOrEndWithAVariable() {
    assertThat(matches("/{name}.json", "/x.json")).isTrue();
    assertThat(matches("/{name}.json", "/.json")).isFalse();
    assertThat(matches("/{name}.json", "/x.jsonx")).isFalse();
    assertThat(matches("/v{major}", "/v2")).isTrue();
    assertThat(matches("/v{major}", "/v")).isFalse();
    assertThat(matches("/a{b}c", "/aXc")).isTrue();
    assertThat(matches("/a{b}c", "/aXcY")).isFalse();
    assertThat(matches("/a{b}c", "/ac")).isFalse();
    // The last literal is anchored at the end, so the variable may contain it.
    assertThat(matches("/a{b}c", "/aXcXc")).isTrue();
  }

  @Test
  void unpairedBracesAreRefusedWithAMessage() {
    for (String template : new String[] {"/}a", "/a}", "/{a", "/a{b", "/{}x"}) {
      assertThatThrownBy(() -> PathTemplate.parse(template))
          .as(template)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(template);
    }
  }

  @Test
  void routesAreOrderedBySegmentCountThenKindFromTheLeftThenText() {
    // "/a/c" before "/a/b{y}": a literal beats a mixed segment whatever the text says.
    List<String> expected = List.of("/a", "/a/b", "/a/c", "/a/b{y}", "/a/x{y}", "/a/{x}", "/{x}/b");
    List<PathTemplate> templates = new ArrayList<>();
    for (String t : expected) {
      templates.add(PathTemplate.parse(t));
    }
    Collections.reverse(templates);
    Collections.sort(templates);
    assertThat(templates.stream().map(PathTemplate::toString).toList()).isEqualTo(expected);
    PathTemplate a = PathTemplate.parse("/a/{x}");
    assertThat(a.compareTo(PathTemplate.parse("/a/{x}"))).isZero();
    assertThat(a.compareTo(PathTemplate.parse("/a/{y}"))).isNegative();
  }

  @Test
  void sameShapeNeedsSameSegmentsTrailingSlashAndMixedShape() {
    assertThat(shape("/a/{x}", "/a/{y}")).isTrue();
    assertThat(shape("/a/x{p}", "/a/x{q}")).isTrue();
    assertThat(shape("/a/x{p}", "/a/{p}x")).isFalse();
    assertThat(shape("/a/x{p}", "/a/y{p}")).isFalse();
    assertThat(shape("/a", "/a/b")).isFalse();
    assertThat(shape("/a", "/a/")).isFalse();
    assertThat(shape("/a/{x}", "/a/b")).isFalse();
  }

  private static boolean matches(String template, String path) {
    return PathTemplate.parse(template).matches(RequestPath.parse(path).orElseThrow());
  }

  private static boolean shape(String a, String b) {
    return PathTemplate.parse(a).sameShape(PathTemplate.parse(b));
  }
}
