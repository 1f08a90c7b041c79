package dev.gatehouse.webflux.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decided rules of issue 14 on the WebFlux adapter (docs/enforcement.md, docs/spring.md): one
 * token read by two bearer schemes with their own verifiers, a 403 naming every short alternative
 * whatever the declaration order, {@code @OptionalSecurity} refusing a verified caller short of
 * scopes, and a base interface served and documented only through the interface extending it.
 */
class ContractEdgesTest {
  private static final String REALM = "Gatehouse WebFlux tests";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(WebFluxServer.uri());
  }

  @Test
  void aTokenValidForEitherBearerSchemeIsLetInAndOneBothRejectIsInvalid() throws Exception {
    assertThat(
            http.send("/edges/bearers", "Authorization", Http.bearer(WebFluxExample.jwtToken()))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http.send("/edges/bearers", "Authorization", Http.bearer(WebFluxExample.demoToken()))
                .statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/edges/bearers", "Authorization", "Bearer forged"),
        401,
        "Invalid authentication credentials",
        "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
  }

  @Test
  void a403NamesEveryShortAlternativeWhateverTheDeclarationOrder() throws Exception {
    for (String path : new String[] {"/edges/key-first", "/edges/token-first"}) {
      assertRefused(
          http.send(
              path,
              "X-API-Key",
              WebFluxExample.API_KEY,
              "Authorization",
              Http.bearer(WebFluxExample.demoToken("me"))),
          403,
          "Not enough permissions; missing scopes: audit items",
          "APIKey realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"audit\"",
          "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"items\"");
    }
  }

  @Test
  void optionalSecurityRefusesAVerifiedCallerLackingScopes() throws Exception {
    assertThat(http.send("/edges/optional-me").statusCode()).isEqualTo(200);
    assertRefused(
        http.send(
            "/edges/optional-me", "Authorization", Http.bearer(WebFluxExample.demoToken("items"))),
        403,
        "Not enough permissions; missing scopes: me",
        "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"me\"");
    assertRefused(
        http.send("/edges/optional-me", "Authorization", "Bearer forged"),
        401,
        "Invalid authentication credentials",
        "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
  }

  @Test
  void aBaseInterfaceIsServedAndDocumentedOnlyThroughTheInterfaceExtendingIt() throws Exception {
    JsonNode paths = JSON.readTree(http.send("/openapi.json").body()).path("paths");
    assertThat(paths.has("/edges/inh")).isTrue();
    assertThat(paths.has("/inh")).isFalse();
    assertThat(http.send("/edges/inh", "X-API-Key", WebFluxExample.API_KEY).statusCode())
        .isEqualTo(200);
    assertRefused(
        http.send("/edges/inh"), 401, "Not authenticated", "APIKey realm=\"" + REALM + "\"");
    assertThat(http.send("/inh", "X-API-Key", WebFluxExample.API_KEY).statusCode()).isEqualTo(404);
  }

  @Test
  void theDocumentStatesTheOptionalRuleOnOptionalOperations() throws Exception {
    JsonNode paths = JSON.readTree(http.send("/openapi.json").body()).path("paths");
    assertThat(
            paths
                .path("/edges/optional-me")
                .path("get")
                .path("x-gatehouse-optional-security")
                .asText())
        .startsWith("Anonymous callers are let in only when they send no credential");
    assertThat(paths.path("/edges/bearers").path("get").has("x-gatehouse-optional-security"))
        .isFalse();
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, String detail, String... challenges)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(challenges);
    dev.gatehouse.it.Details.assertDetailBody(response.body(), detail);
  }
}
