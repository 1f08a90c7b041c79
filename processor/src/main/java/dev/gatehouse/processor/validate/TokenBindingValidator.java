package dev.gatehouse.processor.validate;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.TokenBindingDecl;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks sender-constrained token declarations (issue 17): one binding per scheme, mutual-TLS
 * binding only where every absolute server URL is https, and no DPoP declared as a bare
 * {@code @HttpScheme}, whose proof nothing would check.
 */
public final class TokenBindingValidator {
  private final Reporter reporter;

  public TokenBindingValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The binding of each scheme, after reporting every problem. */
  public Map<String, TokenBindingDecl> validate(
      List<SecurityScheme> schemes, List<TokenBindingDecl> bindings, List<String> servers) {
    for (SecurityScheme scheme : schemes) {
      if (scheme instanceof HttpAuthScheme http
          && http.kind() == HttpAuthScheme.Kind.GENERIC
          && http.scheme().toLowerCase(Locale.ROOT).equals("dpop")) {
        reporter.report(
            Diagnostic.DPOP_NEEDS_TOKEN_SCHEME, http.source(), http.name(), http.scheme());
      }
    }
    Map<String, TokenBindingDecl> out = new TreeMap<>();
    for (TokenBindingDecl binding : bindings) {
      TokenBindingDecl first = out.putIfAbsent(binding.scheme(), binding);
      if (first != null && !first.binding().equals(binding.binding())) {
        reporter.report(
            Diagnostic.CONFLICTING_TOKEN_BINDING,
            binding.source(),
            binding.scheme(),
            binding.binding(),
            first.binding(),
            first.source() == null
                ? "another element"
                : Reporter.describe(first.source().element()));
      }
    }
    for (TokenBindingDecl binding : out.values()) {
      if (!binding.mtls()) {
        continue;
      }
      for (String server : servers) {
        if (!httpsOrRelative(server)) {
          reporter.report(
              Diagnostic.MTLS_NEEDS_HTTPS,
              binding.source(),
              binding.scheme(),
              binding.binding(),
              server);
          break;
        }
      }
    }
    return out;
  }

  private static boolean httpsOrRelative(String server) {
    try {
      URI uri = new URI(server);
      return uri.getScheme() == null || uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
