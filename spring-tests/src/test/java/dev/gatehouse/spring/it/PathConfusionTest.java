package dev.gatehouse.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spellings of {@code /admin} that a container or Spring may map to the admin handler: whatever
 * handler Spring resolves is the one Gatehouse guards, so none reaches it without credentials.
 * Requests go over a raw socket, so no client normalises the path first.
 */
class PathConfusionTest {
  private static SpringServer server;

  @BeforeAll
  static void start() {
    server = SpringServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

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
  void noSpellingOfAdminReachesTheHandlerWithoutCredentials(String path) throws IOException {
    int before = ItemsController.ADMIN_CALLS.get();

    String response = rawGet(path);

    assertThat(ItemsController.ADMIN_CALLS.get()).as(path).isEqualTo(before);
    assertThat(statusOf(response)).as(path + "\n" + response).isIn(400, 401, 404);
  }

  private static int statusOf(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }

  private static String rawGet(String path) throws IOException {
    URI uri = server.uri();
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
