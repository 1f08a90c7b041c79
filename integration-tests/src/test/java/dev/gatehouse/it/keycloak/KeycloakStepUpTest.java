package dev.gatehouse.it.keycloak;

import static dev.gatehouse.it.keycloak.KeycloakTest.NO_CREDENTIALS;
import static dev.gatehouse.it.keycloak.Tokens.ALICE;
import static dev.gatehouse.it.keycloak.Tokens.ALICE_PASSWORD;
import static dev.gatehouse.it.keycloak.Tokens.CLI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Step-up authentication (RFC 9470) with a real Keycloak: its access tokens from a password login
 * carry {@code acr} {@code "1"} (with the {@code acr} scope's mapper, gatehouse-realm.json) and no
 * {@code auth_time}, so an operation requiring {@code acr} "1" lets them in, one requiring {@code
 * gold} refuses them with the RFC 9470 challenge, and one requiring a recent login refuses them
 * too.
 */
class KeycloakStepUpTest {
  private static ProtectedApi api;

  @BeforeAll
  static void start() {
    KeycloakServer.shared();
    api = ProtectedApi.start(MutableClock.system());
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void keycloaksPasswordLoginIsAcr1WithAnAuthTime() {
    String token = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "").accessToken();
    JsonNode claims = Tokens.claims(token);
    // What Keycloak puts into its access tokens, checked rather than assumed.
    assertThat(claims.path("acr").asText()).isEqualTo("1");
    // No auth_time in a password-grant token, even with the 'basic' scope's auth_time mapper
    // (gatehouse-realm.json): Keycloak sets it for browser logins, not for direct grants.
    assertThat(claims.has("auth_time")).as("auth_time in %s", claims).isFalse();

    HttpResponse<String> login = api.get("/keycloak/oidc/step-up/login", token);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(login.body()).contains("\"operation\":\"stepUpLogin\"");
    // So an operation with max_age refuses it: the token cannot show when the user logged in.
    HttpResponse<String> recent = api.get("/keycloak/oidc/step-up/recent", token);
    assertThat(recent.statusCode()).isEqualTo(401);
    assertThat(recent.headers().allValues("WWW-Authenticate"))
        .containsExactly(
            NO_CREDENTIALS
                + ", error=\"insufficient_user_authentication\","
                + " error_description=\"More recent authentication is required\", max_age=300");

    HttpResponse<String> gold = api.get("/keycloak/oidc/step-up/gold", token);
    assertThat(gold.statusCode()).isEqualTo(401);
    assertThat(gold.headers().allValues("WWW-Authenticate"))
        .containsExactly(
            NO_CREDENTIALS
                + ", error=\"insufficient_user_authentication\","
                + " error_description=\"A different authentication level is required\","
                + " acr_values=\"gold platinum\", max_age=300");
    assertThat(gold.body())
        .startsWith(
            "{\"detail\":\"Insufficient user authentication; the Bearer token (scheme"
                + " KeycloakOidc) was issued for an authentication context class (acr)");
  }

  @Test
  void keycloaksIntrospectionResponseCarriesAcrAndAuthTimeToo() throws Exception {
    // RFC 9470 section 6: the same check on the introspection response's acr and auth_time.
    dev.gatehouse.runtime.jwt.IntrospectionVerifier introspection =
        KeycloakResourceServerTest.introspection(MutableClock.system()).build();
    try (ProtectedApi opaque = ProtectedApi.start(introspection, introspection)) {
      String token = Tokens.password(CLI, ALICE, ALICE_PASSWORD, "").accessToken();
      HttpResponse<String> login = opaque.get("/keycloak/oidc/step-up/login", token);
      assertThat(login.statusCode())
          .as("%s %s", login.headers().allValues("WWW-Authenticate"), login.body())
          .isEqualTo(200);
      assertThat(opaque.get("/keycloak/oidc/step-up/recent", token).statusCode()).isEqualTo(401);
      HttpResponse<String> gold = opaque.get("/keycloak/oidc/step-up/gold", token);
      assertThat(gold.statusCode()).isEqualTo(401);
      assertThat(gold.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("error=\"insufficient_user_authentication\"", "acr_values=\"gold platinum\"");
    }
  }
}
