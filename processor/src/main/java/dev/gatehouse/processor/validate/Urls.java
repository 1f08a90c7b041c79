package dev.gatehouse.processor.validate;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.UrlValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks OAuth2 and OpenID Connect URLs: well-formed, and TLS unless relative or loopback (RFC 6749
 * section 3.1 and 3.2; relative references resolve against the server URL); and the absolute URLs
 * of the RFC 9728 options.
 */
public final class Urls {
  private final Reporter reporter;

  Urls(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(String owner, UrlValue url) {
    if (!url.isPresent()) {
      return;
    }
    String label = owner + " " + url.attribute();
    URI uri;
    try {
      uri = new URI(url.url());
    } catch (URISyntaxException e) {
      reporter.report(
          Diagnostic.MALFORMED_URL,
          url.source(),
          label,
          url.url(),
          e.getReason() + " at index " + e.getIndex());
      return;
    }
    if (!uri.isAbsolute()) {
      return;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      reporter.report(
          Diagnostic.MALFORMED_URL,
          url.source(),
          label,
          url.url(),
          "the scheme is \"" + uri.getScheme() + "\", not https");
      return;
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      reporter.report(Diagnostic.MALFORMED_URL, url.source(), label, url.url(), "it has no host");
      return;
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      reporter.report(Diagnostic.INSECURE_URL, url.source(), label, url.url(), host);
    }
  }

  /**
   * Why {@code url} cannot be an RFC 9728 resource or RFC 8414 issuer identifier, or null: it must
   * be an absolute https URL (http only on a loopback host) with a host and neither query nor
   * fragment (RFC 8707 section 2, RFC 9728 section 1.2, RFC 8414 section 2).
   */
  public static String identifierProblem(String url) {
    String problem = urlProblem(url);
    if (problem != null) {
      return problem;
    }
    URI uri = URI.create(url);
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "an identifier has neither a query nor a fragment";
    }
    return null;
  }

  /** Why {@code url} is not an absolute https (or loopback http) URL with a host, or null. */
  public static String urlProblem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "not a URL (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isEmpty()) {
      return "give an absolute URL with a host, such as https://api.example.com";
    }
    if (scheme.equals("http") ? !isLoopback(uri.getHost()) : !scheme.equals("https")) {
      return "use https (http only for localhost)";
    }
    return null;
  }

  /** Whether {@code url} is an absolute https URL. */
  public static boolean isHttps(String url) {
    return url.regionMatches(true, 0, "https://", 0, 8) && urlProblem(url) == null;
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.equals("[::1]")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
