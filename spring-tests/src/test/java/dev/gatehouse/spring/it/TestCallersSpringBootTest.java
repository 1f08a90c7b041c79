package dev.gatehouse.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.test.TestCallers;
import dev.gatehouse.test.TestCredential;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * gatehouse-test in a Spring Boot test, as docs/testing.md shows it: a test configuration replaces
 * the application's {@code gatehouse} bean with a {@link TestCallers} one, so the real application
 * (its controllers, the starter's interceptor, argument resolvers and Spring Security interop) sees
 * the principals and scopes the test chose, and refuses everyone else exactly as in production.
 */
@SpringBootTest(
    classes = {SpringExample.class, TestCallersSpringBootTest.TestSecurity.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.main.allow-bean-definition-overriding=true"})
class TestCallersSpringBootTest {
  static final TestCallers CALLERS = TestCallers.create();
  static final TestCredential ALICE =
      CALLERS.add(
          "OAuth2PasswordBearer", new DemoUser("alice", "alice@example.com"), "me", "items");
  static final TestCredential BOB = CALLERS.add("OAuth2PasswordBearer", "bob", "me");

  /** The application's Gatehouse, with test verifiers in place of the real ones. */
  @TestConfiguration
  static class TestSecurity {
    @Bean
    Gatehouse gatehouse() {
      return CALLERS.gatehouse();
    }
  }

  @Value("${local.server.port}")
  int port;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theChosenPrincipalReachesTheControllerTyped() throws Exception {
    HttpResponse<String> response =
        get("/users/me/items", "Authorization", ALICE.authorization(), "X-Caller", "full");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"schemes\":\"OAuth2PasswordBearer\"")
        .contains("alice:DemoUser")
        .contains("\"email\":\"alice@example.com\"");
  }

  @Test
  void springSecuritySeesTheChosenScopes() throws Exception {
    assertThat(get("/users/me/profile", "Authorization", ALICE.authorization()).statusCode())
        .as("alice lacks SCOPE_profile: @PreAuthorize refuses her")
        .isEqualTo(403);
    TestCredential carol = CALLERS.add("OAuth2PasswordBearer", "carol", "me", "profile");
    HttpResponse<String> allowed = get("/users/me/profile", "Authorization", carol.authorization());
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.body()).contains("\"name\":\"carol\"").contains("SCOPE_profile");
  }

  @Test
  void theRealRefusalsStay() throws Exception {
    HttpResponse<String> forbidden = get("/users/me/items", "Authorization", BOB.authorization());
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("error=\"insufficient_scope\"");

    HttpResponse<String> anonymous = get("/users/me/items");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer");

    assertThat(get("/users/me", "Authorization", "Bearer " + SpringExample.demoToken("me")))
        .as("the real verifiers are replaced: a production demo token is nobody here")
        .extracting(HttpResponse::statusCode)
        .isEqualTo(401);
  }
}
