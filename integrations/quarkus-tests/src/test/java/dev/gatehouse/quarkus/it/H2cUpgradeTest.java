package dev.gatehouse.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.ExampleSecurity;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Why the application turns {@code quarkus.http.http2} off: with it on (Quarkus's default), Vert.x
 * turns an HTTP/1.1 request asking for an {@code h2c} upgrade into HTTP/2 headers with {@code
 * set()}, so a repeated header reaches JAX-RS, and Gatehouse, once, with its last value; the
 * duplicate-credential rule (400) cannot see it. Requests on the upgraded connection keep every
 * value. When this test fails, Vert.x keeps repeated headers and the setting can go.
 */
@QuarkusTest
@TestProfile(H2cUpgradeTest.Http2On.class)
class H2cUpgradeTest {
  private static final String KEY = ExampleSecurity.API_KEY;

  /** Quarkus's default HTTP/2 support, cleartext upgrade included. */
  public static final class Http2On implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.http2", "true");
    }
  }

  @TestHTTPResource("/items")
  URI items;

  @Test
  void theUpgradeRequestLosesAllButTheLastOfARepeatedHeader() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    HttpResponse<String> upgrade = send(client, "wrong", KEY);
    HttpResponse<String> upgraded = send(client, "wrong", KEY);

    assertThat(upgrade.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(upgrade.statusCode()).isEqualTo(200);
    assertThat(upgrade.body()).contains("\"user\":\"ci-bot\"");
    assertThat(upgraded.statusCode()).isEqualTo(400);
    dev.gatehouse.it.Details.assertDetailBody(upgraded.body(), "Ambiguous credentials");
  }

  @Test
  void http11KeepsEveryLine() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    assertThat(send(client, "wrong", KEY).statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> send(HttpClient client, String first, String second)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(items)
            .header("X-API-Key", first)
            .header("X-API-Key", second)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
