package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Fetches the text of a JWK set from a configured JWKS URL, or from the {@code jwks_uri} of an
 * OpenID Connect discovery document whose {@code issuer} is the expected one (security rules 1.5.1,
 * 1.5.2).
 */
final class RemoteJwks implements Supplier<CompletableFuture<String>> {
  static final String WELL_KNOWN = "/.well-known/openid-configuration";

  private final JsonFetcher fetcher;
  private final URI configured;
  private final String issuer;

  /** The discovered {@code jwks_uri}, kept once a discovery document passed the checks. */
  private final AtomicReference<URI> discovered = new AtomicReference<>();

  private RemoteJwks(JsonFetcher fetcher, URI configured, String issuer) {
    this.fetcher = fetcher;
    this.configured = configured;
    this.issuer = issuer;
  }

  /** The key set at {@code jwksUrl}. */
  static RemoteJwks at(JsonFetcher fetcher, URI jwksUrl) {
    return new RemoteJwks(fetcher, jwksUrl, null);
  }

  /** The key set the discovery document at {@code discoveryUrl}, by {@code issuer}, names. */
  static RemoteJwks discovered(JsonFetcher fetcher, URI discoveryUrl, String issuer) {
    return new RemoteJwks(fetcher, discoveryUrl, issuer);
  }

  /**
   * The issuer that OpenID Connect Discovery 1.0 section 4.3 implies for {@code discoveryUrl}: the
   * URL without its {@code /.well-known/openid-configuration} suffix, or null when it has none.
   */
  static String impliedIssuer(URI discoveryUrl) {
    String url = discoveryUrl.toString();
    if (!url.endsWith(WELL_KNOWN) || discoveryUrl.getRawQuery() != null) {
      return null;
    }
    String issuer = url.substring(0, url.length() - WELL_KNOWN.length());
    return issuer.isEmpty() ? null : issuer;
  }

  /** The configured URL, for messages. */
  URI url() {
    return configured;
  }

  @Override
  public CompletableFuture<String> get() {
    if (issuer == null) {
      return fetcher.get(configured);
    }
    URI jwksUri = discovered.get();
    if (jwksUri != null) {
      return fetcher.get(jwksUri);
    }
    return fetcher
        .get(configured)
        .thenCompose(
            document -> {
              URI found;
              try {
                found = jwksUri(document);
              } catch (FetchException e) {
                return CompletableFuture.failedFuture(e);
              }
              discovered.set(found);
              return fetcher.get(found);
            });
  }

  private URI jwksUri(String document) throws FetchException {
    Map<String, Object> json;
    try {
      json = JSONObjectUtils.parse(document);
    } catch (ParseException e) {
      json = null;
    }
    if (json == null) {
      throw new FetchException("the OpenID Connect discovery document is not a JSON object");
    }
    if (!(json.get("issuer") instanceof String found) || !found.equals(issuer)) {
      throw new FetchException(
          "the OpenID Connect discovery document's issuer is not \""
              + issuer
              + "\" (OpenID Connect Discovery 1.0 section 4.3); the document is ignored");
    }
    if (!(json.get("jwks_uri") instanceof String text)) {
      throw new FetchException("the OpenID Connect discovery document has no jwks_uri");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new FetchException("the OpenID Connect discovery document's jwks_uri is malformed");
    }
    String problem = JsonFetcher.urlProblem(uri);
    if (problem != null) {
      throw new FetchException("the discovered jwks_uri " + problem);
    }
    return uri;
  }
}
