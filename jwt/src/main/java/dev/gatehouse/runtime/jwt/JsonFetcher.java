package dev.gatehouse.runtime.jwt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Fetches one small JSON document over HTTPS (plain HTTP only to loopback) with connect and read
 * timeouts, a size cap and no redirects (security rules 1.5.1, ASVS 15.3.2).
 */
final class JsonFetcher {
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  private final HttpClient client;
  private final Duration readTimeout;
  private final int maxBytes;

  JsonFetcher(Duration connectTimeout, Duration readTimeout, int maxBytes) {
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
    this.readTimeout = readTimeout;
    this.maxBytes = maxBytes;
  }

  /** The document's text; fails unless the answer is 200, JSON, UTF-8 and small enough. */
  CompletableFuture<String> get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(readTimeout)
            .header("Accept", "application/json")
            .build();
    return client
        .sendAsync(request, info -> body(info, JsonFetcher::isJson, "JSON"))
        .thenApply(HttpResponse::body);
  }

  /**
   * POSTs an {@code application/x-www-form-urlencoded} body with an {@code Authorization} header
   * and returns the answer's text under the same rules as {@link #get}, except that its
   * Content-Type must be {@code accept} (parameters such as charset aside).
   */
  CompletableFuture<String> post(URI uri, String form, String authorization, String accept) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .POST(
                HttpRequest.BodyPublishers.ofString(form, java.nio.charset.StandardCharsets.UTF_8))
            .timeout(readTimeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .header("Authorization", authorization)
            .build();
    return client
        .sendAsync(request, info -> body(info, type -> mediaType(type).equals(accept), accept))
        .thenApply(HttpResponse::body);
  }

  private HttpResponse.BodySubscriber<String> body(
      HttpResponse.ResponseInfo info,
      java.util.function.Predicate<String> acceptable,
      String expected) {
    int status = info.statusCode();
    if (status != 200) {
      return BoundedBody.refusing(
          "it answered HTTP "
              + status
              + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""));
    }
    if (!acceptable.test(info.headers().firstValue("Content-Type").orElse(""))) {
      return BoundedBody.refusing("it answered with a Content-Type other than " + expected);
    }
    OptionalLong length;
    try {
      length = info.headers().firstValueAsLong("Content-Length");
    } catch (NumberFormatException e) {
      return BoundedBody.refusing("it answered with a malformed Content-Length");
    }
    if (length.isPresent() && length.getAsLong() > maxBytes) {
      return BoundedBody.refusing("the response is larger than " + maxBytes + " bytes");
    }
    return BoundedBody.limitedTo(maxBytes);
  }

  /** {@code application/json} or an {@code application/...+json} type such as jwk-set+json. */
  static boolean isJson(String contentType) {
    String type = mediaType(contentType);
    return type.equals("application/json")
        || (type.startsWith("application/") && type.endsWith("+json"));
  }

  /** The media type of a Content-Type value, lower case, without parameters. */
  static String mediaType(String contentType) {
    return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  /** Why {@code uri} may not be fetched, or null: https, or http to a loopback host only. */
  static String urlProblem(URI uri) {
    if (!uri.isAbsolute() || uri.getHost() == null || uri.getScheme() == null) {
      return "must be an absolute https URL";
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return "must not contain user information or a fragment";
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()))) {
      return null;
    }
    return "must use https (plain http is allowed only to a loopback address)";
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("[::1]") || IPV4_LOOPBACK.matcher(h).matches();
  }
}
