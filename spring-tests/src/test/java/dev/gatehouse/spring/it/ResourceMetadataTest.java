package dev.gatehouse.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9728 on Spring MVC: the auto-configuration serves the protected-resource metadata at its
 * well-known path, and Bearer challenges name it.
 */
class ResourceMetadataTest {
  private static final String RESOURCE = "https://api.example.com/shop";
  private static final String WELL_KNOWN = "/.well-known/oauth-protected-resource/shop";
  private static SpringServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = SpringServer.start("gatehouse.resource=" + RESOURCE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theMetadataIsServedAtItsWellKnownPath() throws Exception {
    HttpResponse<String> response = get(WELL_KNOWN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.body()).isEqualTo("{\"resource\": \"" + RESOURCE + "\"}");
  }

  @Test
  void bearerChallengesNameIt() throws Exception {
    HttpResponse<String> response = get("/items/1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .anyMatch(
            c ->
                c.startsWith("Bearer ")
                    && c.endsWith(
                        ", resource_metadata=\"https://api.example.com" + WELL_KNOWN + "\""));
  }
}
