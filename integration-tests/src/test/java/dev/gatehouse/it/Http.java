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
  public HttpRequest.Builder get(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> send(String path, String... headers) {
    return send(get(path, headers));
  }

  /** An {@code Authorization} value for HTTP Basic. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A Digest (SHA-256, qop=auth) answer for the integration tests' demo user and realm. */
  static String digest(String uri, String method) {
    return digest(
        uri, method, "Gatehouse integration tests", ExampleSecurity.DIGEST_USER,
        ExampleSecurity.DIGEST_PASSWORD);
  }

  /** A Digest (SHA-256, qop=auth) answer with a client-chosen nonce (RFC 7616 section 3.4). */
  public static String digest(String uri, String method, String realm, String user, String password) {
    String nonce = "7ba3f0e1c9d24a6b";
    String cnonce = "0a4f113b";
    String ha1 = sha256Hex(user + ":" + realm + ":" + password);
    String ha2 = sha256Hex(method + ":" + uri);
    String response = sha256Hex(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
    return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce
        + "\", uri=\"" + uri + "\", qop=auth, nc=00000001, cnonce=\"" + cnonce
        + "\", algorithm=SHA-256, response=\"" + response + "\"";
  }

  /** An {@code Authorization} value for a bearer token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
