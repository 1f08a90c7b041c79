package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.WebFluxExample.ADMIN;
import static dev.gatehouse.webflux.it.WebFluxExample.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spellings of {@code /admin} that Reactor Netty or WebFlux may map to the admin handler: whatever
 * handler Spring resolves is the one Gatehouse guards, so none reaches it without credentials. The
 * sets are those the Spring MVC suite and the adapter contract of integration-tests send; requests
 * go over a raw socket, so no client normalises the path first.
 */
class PathConfusionTest {
  private static final String BASIC_CHALLENGE = "Basic realm=\"gatehouse\", charset=\"UTF-8\"";
  private static RawHttp http;

  @BeforeAll
  static void start() {
    http = new RawHttp(WebFluxServer.port());
  }

  /** The Spring MVC suite's set. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin",
        "/admin;x",
        "/admin;jsessionid=1",
        "/admin/",
        "//admin",
        "/%61dmin",
        "/ADMIN",
        "/hello/../admin",
        "/hello/%2e%2e/admin",
        "/admin%2f",
        "/admin.json",
        "/./admin"
      })
  void noSpellingOfAdminReachesTheHandlerWithoutCredentials(String path) {
    int before = Handlers.runs("admin");

    RawHttp.Response response = http.get(path);

    assertThat(Handlers.runs("admin")).as(path).isEqualTo(before);
    assertThat(response.status()).as(path + "\n" + response.body()).isIn(400, 401, 404);
  }

  /** Spellings WebFlux routes to the admin handler (path parameters, encoded letters): guarded. */
  @ParameterizedTest
  @ValueSource(strings = {"/admin;jsessionid=x", "/%61dmin", "/admin;", "/ad%6Din;x=y"})
  void equivalentSpellingsOfAdminAreGuardedLikeAdmin(String target) {
    assertRefused(http.get(target), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
    assertThat(http.get(target, "Authorization", Http.basic(ADMIN, ADMIN_PASSWORD)).body())
        .contains("\"operation\":\"admin\",\"user\":\"admin\"");
  }

  @Test
  void headAndAbsoluteFormAreGuardedLikeGet() {
    RawHttp.Response head = http.send("HEAD", "/admin");
    assertThat(head.status()).isEqualTo(401);
    assertThat(head.all("WWW-Authenticate")).containsExactly(BASIC_CHALLENGE);
    assertRefused(
        http.get(http.absolute("/admin")), 401, List.of(BASIC_CHALLENGE), "Not authenticated");
  }

  /** The adapter contract's spellings that must never reach the admin handler, nor any other. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin/",
        "/admin/.",
        "/admin/..",
        "/admin/x",
        "/adminx",
        "/ADMIN",
        "/Admin",
        "/admin%2F",
        "/admin%2f",
        "/admin%00",
        "/admin%",
        "/admin%2",
        "/admin%zz",
        "/admin%C0%AE",
        "/admin%20",
        "/admin%09",
        "/admin%5C",
        "//admin",
        "/./admin",
        "/items/../admin",
        "/items/%2e%2e/admin",
        "/items/%2E%2E/admin",
        "/items/.%2e/admin",
        "/items/..;/admin",
        "/items/.;/admin",
        "/items;/..;/admin",
        "/hello/..;/admin",
        "/hello/%2e%2e/admin",
        "/hello%2F..%2Fadmin",
        "/%2e%2e/admin",
        "/%2Fadmin",
        "/admin/%2e",
        "/admin;/..",
        "/admin/%252e%252e",
        "/items%2F1",
        "/items/1/",
        "/items/%C0%AE%C0%AE/admin"
      })
  void confusingSpellingsNeverReachAdminWithoutCredentials(String target) {
    int before = Handlers.runs("admin");

    RawHttp.Response response = http.get(target);

    assertThat(response.status()).as(target).isBetween(400, 499);
    assertThat(response.body()).doesNotContain("\"operation\":\"admin\"");
    assertThat(Handlers.runs("admin")).as(target).isEqualTo(before);
  }

  @Test
  void lowerCaseMethodNeverReachesAdmin() {
    int before = Handlers.runs("admin");

    RawHttp.Response response = http.send("get", "/admin");

    assertThat(response.status()).isGreaterThanOrEqualTo(400);
    assertThat(response.body()).doesNotContain("\"operation\":\"admin\"");
    assertThat(Handlers.runs("admin")).isEqualTo(before);
  }

  private static void assertRefused(
      RawHttp.Response response, int status, List<String> challenges, String detail) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.all("WWW-Authenticate")).isEqualTo(challenges);
    assertThat(response.first("Cache-Control")).isEqualTo("no-store");
    assertThat(response.first("Content-Type").replace(" ", ""))
        .isEqualToIgnoringCase("application/json;charset=UTF-8");
    dev.gatehouse.it.Details.assertDetailBody(response.body(), detail);
  }
}
