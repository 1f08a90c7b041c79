package dev.gatehouse.it;

import dev.gatehouse.runtime.DigestAlgorithm;
import dev.gatehouse.runtime.internal.DigestNonces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

  /** A kept-alive HTTP/1.1 connection to this client's server (10 s read timeout). */
  public KeepAliveConnection keepAlive() throws IOException {
    return new KeepAliveConnection(base.getPort(), Duration.ofSeconds(10));
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
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code method path} with a body (null for none) and name/value header pairs. */
  public HttpResponse<String> sendWithBody(
      String method, String path, String body, String... headers) {
    HttpRequest.Builder b =
        get(path, headers)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(b);
  }

  /** This client as the hostile catalogue's. */
  public HostileCatalogue.Client catalogueClient() {
    return (method, target, body, headers) -> {
      HttpResponse<String> r = sendWithBody(method, target, body, headers);
      return new HostileCatalogue.Reply(
          r.statusCode(),
          r.headers().allValues("WWW-Authenticate"),
          r.headers().firstValue("Cache-Control").orElse(null),
          r.body());
    };
  }

  public HttpResponse<String> send(String path, String... headers) {
    return send(get(path, headers));
  }

  /**
   * {@code credential} with the case of one ASCII letter swapped: the first letter of a JWT's
   * signature, or of the whole value when it has no dot.
   */
  public static String caseVariant(String credential) {
    for (int from : new int[] {credential.lastIndexOf('.') + 1, 0}) {
      for (int i = from; i < credential.length(); i++) {
        char c = credential.charAt(i);
        boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (asciiLetter) {
          char swapped =
              Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
          return credential.substring(0, i) + swapped + credential.substring(i + 1);
        }
      }
    }
    throw new IllegalArgumentException("no ASCII letter in " + credential);
  }

  /** An {@code Authorization} value for HTTP Basic. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A Digest (SHA-256, qop=auth) answer for the integration tests' demo user and realm. */
  static String digest(String uri, String method) {
    return digest(
        uri,
        method,
        "Gatehouse integration tests",
        ExampleSecurity.DIGEST_USER,
        ExampleSecurity.DIGEST_PASSWORD);
  }

  /**
   * The Digest nonce secret of the test services ({@code ExampleSecurity}, {@code SpringExample}):
   * the client below mints nonces with it as a replica of the service would, so one request is
   * enough; {@code DigestClient} answers a real challenge instead.
   */
  public static final byte[] DIGEST_NONCE_SECRET =
      "gatehouse integration tests: Digest nonce secret".getBytes(StandardCharsets.US_ASCII);

  /** A Digest (SHA-256, qop=auth, nc=1) answer over a fresh nonce of the test services' secret. */
  public static String digest(
      String uri, String method, String realm, String user, String password) {
    DigestNonces nonces =
        new DigestNonces(DIGEST_NONCE_SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    return digest(
        DigestAlgorithm.SHA_256,
        uri,
        method,
        realm,
        user,
        password,
        nonces.issue(realm),
        nonces.opaque(realm),
        "00000001");
  }

  /** A Digest ({@code qop=auth}) answer over the given server nonce and opaque value. */
  public static String digest(
      DigestAlgorithm algorithm,
      String uri,
      String method,
      String realm,
      String user,
      String password,
      String nonce,
      String opaque,
      String nc) {
    String cnonce = "0a4f113b";
    String ha1 = algorithm.ha1(user, realm, password.toCharArray());
    String ha2 = algorithm.hex(method + ":" + uri);
    String response = algorithm.hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    return "Digest username=\""
        + user
        + "\", realm=\""
        + realm
        + "\", nonce=\""
        + nonce
        + "\", uri=\""
        + uri
        + "\", qop=auth, nc="
        + nc
        + ", cnonce=\""
        + cnonce
        + "\", algorithm="
        + algorithm.token()
        + ", response=\""
        + response
        + "\", opaque=\""
        + opaque
        + "\"";
  }

  /** An {@code Authorization} value for a bearer token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
