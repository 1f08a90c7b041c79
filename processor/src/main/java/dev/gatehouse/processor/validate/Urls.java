package dev.gatehouse.processor.validate;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.UrlValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks OAuth2 and OpenID Connect URLs: well-formed, and TLS unless relative or loopback (RFC
 * 6749 section 3.1 and 3.2; relative references resolve against the server URL).
 */
final class Urls {
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
      reporter.report(Diagnostic.MALFORMED_URL, url.source(), label, url.url(), e.getReason()
          + " at index " + e.getIndex());
      return;
    }
    if (!uri.isAbsolute()) {
      return;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      reporter.report(Diagnostic.MALFORMED_URL, url.source(), label, url.url(),
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

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.equals("[::1]")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
