package dev.gatehouse.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the end-to-end tests: real sockets, loopback only. */
public final class Http {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  public Http(URI base) {
    this.base = base;
  }

  /** A request builder for {@code path}, with the given header name/value pairs. */
  HttpRequest.Builder get(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(String path, String... headers) {
    return send(get(path, headers));
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A Digest (SHA-256, qop=auth) answer for the demo user, with a client-chosen nonce. */
  static String digest(String uri, String method) {
    try {
      String realm = "Gatehouse integration tests";
      String nonce = "7ba3f0e1c9d24a6b";
      String cnonce = "0a4f113b";
      String ha1 =
          ExampleSecurity.sha256Hex(
              ExampleSecurity.DIGEST_USER + ":" + realm + ":" + ExampleSecurity.DIGEST_PASSWORD);
      String ha2 = ExampleSecurity.sha256Hex(method + ":" + uri);
      String response =
          ExampleSecurity.sha256Hex(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
      return "Digest username=\"" + ExampleSecurity.DIGEST_USER + "\", realm=\"" + realm
          + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", qop=auth, nc=00000001, cnonce=\""
          + cnonce + "\", algorithm=SHA-256, response=\"" + response + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }
}
