package dev.gatehouse.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.spi.RouteMatch.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Matching requests to operations: precedence, methods, conflicts and hostile paths. */
class RouteTableTest {
  private static final Operation ITEMS = op("items(int)", "GET", "/items");
  private static final Operation ITEM = op("item(java.util.UUID)", "GET", "/items/{id}");
  private static final Operation MINE = op("mine()", "GET", "/items/mine");
  private static final Operation PUT_ITEM = op("put(java.lang.String)", "PUT", "/items/{id}");
  private static final Operation ADMIN = op("admin()", "GET", "/admin");
  private static final Operation JSON = op("json(java.lang.String)", "GET", "/files/{name}.json");
  private static final Operation FILE = op("file(java.lang.String)", "GET", "/files/{name}");
  private static final Operation ROOT = op("root()", "GET", "/");
  private static final RouteTable TABLE =
      RouteTable.of(List.of(ITEM, ITEMS, PUT_ITEM, MINE, ADMIN, FILE, JSON, ROOT));

  private static Operation op(String signature, String method, String path) {
    return new Op(signature, method, path);
  }

  /** An operation that is only matched here, never decided. */
  private record Op(String signature, String httpMethod, String path) implements Operation {
    @Override
    public String endpointInterface() {
      return "test.Api";
    }

    @Override
    public Decision decide(RequestView request) {
      throw new UnsupportedOperationException();
    }
  }

  private static RouteMatch match(String method, String path) {
    return TABLE.match(method, path);
  }

  @Test
  void literalSegmentsWinOverVariablesAndMixedSegmentsSitBetween() {
    assertThat(match("GET", "/items/mine").operation()).isEqualTo(MINE);
    assertThat(match("GET", "/items/42").operation()).isEqualTo(ITEM);
    assertThat(match("GET", "/items").operation()).isEqualTo(ITEMS);
    assertThat(match("GET", "/files/a.json").operation()).isEqualTo(JSON);
    assertThat(match("GET", "/files/a.xml").operation()).isEqualTo(FILE);
    assertThat(match("GET", "/").operation()).isEqualTo(ROOT);
  }

  @Test
  void methodsAreCaseSensitiveAndHeadFallsBackToGet() {
    assertThat(match("PUT", "/items/42").operation()).isEqualTo(PUT_ITEM);
    assertThat(match("HEAD", "/admin").operation()).isEqualTo(ADMIN);
    assertThat(match("get", "/admin").outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(match("Head", "/admin").outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(match("get", "/elsewhere").outcome()).isEqualTo(Outcome.NONE);
    assertThat(match("DELETE", "/items/42").outcome()).isEqualTo(Outcome.NONE);
    assertThat(match("OPTIONS", "*").outcome()).isEqualTo(Outcome.NONE);
  }

  @Test
  void decodedSpellingsOfAnOperationAreThatOperation() {
    assertThat(match("GET", "/%61dmin").operation()).isEqualTo(ADMIN);
    assertThat(match("GET", "/admin;jsessionid=x").operation()).isEqualTo(ADMIN);
    assertThat(match("GET", "/items;x=1/mine;y").operation()).isEqualTo(MINE);
    assertThat(match("GET", "/items/a%20b").operation()).isEqualTo(ITEM);
  }

  @Test
  void otherPathsAreNoOperation() {
    assertThat(match("GET", "/ADMIN").outcome()).isEqualTo(Outcome.NONE);
    assertThat(match("GET", "/adminx").outcome()).isEqualTo(Outcome.NONE);
    assertThat(match("GET", "/items/1/2").outcome()).isEqualTo(Outcome.NONE);
    assertThat(match("GET", "/elsewhere/").outcome()).isEqualTo(Outcome.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/items/%2e%2e/admin",
        "/items/..;/admin",
        "/items/../admin",
        "//admin",
        "/items%2F1",
        "/items/1/",
        "/admin/",
        "/items/",
        "/a%00",
        "/admin%00",
        "/admin%C0%AE",
        "/admin%",
        "/admin%2",
        "/items/%C0%AE%C0%AE/admin",
        "/items/%252e%252e/admin",
        "admin",
        "/admin/.",
        "/admin/..",
        "/admin\\",
        "/;/admin",
        "/admin//"
      })
  void hostilePathsAreRefusedWith400(String path) {
    assertThat(match("GET", path)).isEqualTo(new RouteMatch(Outcome.REFUSED, null));
    assertThat(match("GET", path).matched()).isEmpty();
  }

  @Test
  void equalSpecificityOverlapsFailAtStartUpNamingBoth() {
    Operation other = op("other(java.lang.String)", "GET", "/items/{name}");
    assertThatThrownBy(() -> RouteTable.of(List.of(ITEM, other)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GET /items/{id} (item(java.util.UUID))")
        .hasMessageContaining("GET /items/{name} (other(java.lang.String))");
    assertThatThrownBy(() -> RouteTable.of(List.of(ADMIN, op("again()", "GET", "/admin"))))
        .hasMessageContaining("again()");
  }

  @Test
  void differentMethodsOrLiteralsDoNotConflict() {
    RouteTable table =
        RouteTable.of(
            List.of(ITEM, PUT_ITEM, op("a()", "GET", "/{x}/a"), op("b()", "GET", "/{x}/b")));
    assertThat(table.match("GET", "/q/b").operation().signature()).isEqualTo("b()");
  }

  @Test
  void leftmostLiteralDecidesBetweenCrossingTemplates() {
    Operation books = op("book(java.lang.String)", "GET", "/books/{id}");
    Operation me = op("me(java.lang.String)", "GET", "/{entity}/me");
    RouteTable table = RouteTable.of(List.of(me, books));
    assertThat(table.match("GET", "/books/me").operation()).isEqualTo(books);
    assertThat(table.match("GET", "/users/me").operation()).isEqualTo(me);
  }

  @Test
  void invalidTemplatesFailAtStartUp() {
    for (String bad : List.of("items", "/items//x", "/items/{id", "/a/../b", "/a;b", "/{}x")) {
      assertThatThrownBy(() -> RouteTable.of(List.of(op("x()", "GET", bad))))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("x()");
    }
    assertThatThrownBy(() -> RouteTable.of(List.of(op("x()", null, "/x"))))
        .hasMessageContaining("no HTTP method");
  }

  @Test
  void literalTemplateSegmentsAreComparedDecoded() {
    Operation spaced = op("s()", "GET", "/a%20b");
    RouteTable table = RouteTable.of(List.of(spaced));
    assertThat(table.match("GET", "/a%20b").operation()).isEqualTo(spaced);
    assertThat(table.match("GET", "/a%20B").outcome()).isEqualTo(Outcome.NONE);
  }
}
