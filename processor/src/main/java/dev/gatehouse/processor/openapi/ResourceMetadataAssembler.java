package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.OAuth2Scheme;
import dev.gatehouse.processor.model.OAuthFlowDecl;
import dev.gatehouse.processor.model.OpenIdConnectScheme;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.ScopeDecl;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.UrlValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds the RFC 9728 protected-resource metadata from the declarations: the resource identifier
 * and documentation from the options, {@code authorization_servers} from the options or else from
 * the OpenID Connect discovery URLs and OAuth2 metadata URLs of the declared schemes, {@code
 * scopes_supported} from every scope the token schemes declare or require, {@code
 * bearer_methods_supported} as the header (the runtime's default transport), and {@code
 * resource_name} from {@code info.title}. Written only when there is a resource identifier and a
 * token scheme.
 */
public final class ResourceMetadataAssembler {
  /** Where the metadata goes in the class output. */
  public static final String PATH = "META-INF/oauth-protected-resource.json";

  private static final String OIDC_SUFFIX = "/.well-known/openid-configuration";
  private static final String RFC8414_INFIX = "/.well-known/oauth-authorization-server";

  private final DocumentSettings settings;

  public ResourceMetadataAssembler(DocumentSettings settings) {
    this.settings = settings;
  }

  /** Whether a scheme carries access tokens: OAuth2, OpenID Connect or an HTTP bearer scheme. */
  public static boolean isTokenScheme(SecurityScheme scheme) {
    return scheme instanceof OAuth2Scheme
        || scheme instanceof OpenIdConnectScheme
        || scheme instanceof HttpAuthScheme h && h.kind() == HttpAuthScheme.Kind.BEARER;
  }

  /** The metadata document, or empty when there is no resource identifier or no token scheme. */
  public Optional<JsonObject> assemble(
      Map<String, SecurityScheme> schemes, List<EndpointInterface> endpoints) {
    if (settings.resource().isEmpty()
        || schemes.values().stream().noneMatch(s -> isTokenScheme(s))) {
      return Optional.empty();
    }
    JsonObject metadata = new JsonObject();
    metadata.put("resource", settings.resource());
    Collection<String> servers =
        settings.authorizationServers().isEmpty()
            ? derivedAuthorizationServers(schemes.values())
            : settings.authorizationServers();
    if (!servers.isEmpty()) {
      servers.forEach(metadata.putArray("authorization_servers")::add);
    }
    SortedSet<String> scopes = scopes(schemes, endpoints);
    if (!scopes.isEmpty()) {
      JsonArray array = metadata.putArray("scopes_supported");
      scopes.forEach(array::add);
    }
    metadata.putArray("bearer_methods_supported").add("header");
    metadata.put("resource_name", settings.title());
    if (!settings.resourceDocumentation().isEmpty()) {
      metadata.put("resource_documentation", settings.resourceDocumentation());
    }
    return Optional.of(metadata);
  }

  /** Issuers named by discovery and RFC 8414 metadata URLs, sorted. */
  static SortedSet<String> derivedAuthorizationServers(Collection<SecurityScheme> schemes) {
    SortedSet<String> issuers = new TreeSet<>();
    for (SecurityScheme scheme : schemes) {
      if (scheme instanceof OpenIdConnectScheme oidc) {
        issuer(oidc.openIdConnectUrl()).ifPresent(issuers::add);
      } else if (scheme instanceof OAuth2Scheme oauth2) {
        issuer(oauth2.metadataUrl()).ifPresent(issuers::add);
      }
    }
    return issuers;
  }

  /**
   * The issuer a metadata URL implies: {@code <issuer>/.well-known/openid-configuration} (OpenID
   * Connect Discovery section 4) or {@code <origin>/.well-known/oauth-authorization-server<path>}
   * (RFC 8414 section 3); relative or other URLs imply none.
   */
  static Optional<String> issuer(UrlValue url) {
    if (url == null || !url.isPresent()) {
      return Optional.empty();
    }
    String u = url.url();
    if (dev.gatehouse.processor.validate.Urls.urlProblem(u) != null) {
      return Optional.empty();
    }
    if (u.endsWith(OIDC_SUFFIX)) {
      return Optional.of(u.substring(0, u.length() - OIDC_SUFFIX.length()));
    }
    int infix = u.indexOf(RFC8414_INFIX);
    if (infix > 0 && u.indexOf('/', u.indexOf("//") + 2) == infix) {
      return Optional.of(u.substring(0, infix) + u.substring(infix + RFC8414_INFIX.length()));
    }
    return Optional.empty();
  }

  /** Scopes the token schemes declare in their flows or that requirements on them name. */
  private static SortedSet<String> scopes(
      Map<String, SecurityScheme> schemes, List<EndpointInterface> endpoints) {
    SortedSet<String> scopes = new TreeSet<>();
    for (SecurityScheme scheme : schemes.values()) {
      if (scheme instanceof OAuth2Scheme oauth2) {
        for (OAuthFlowDecl flow : oauth2.flows()) {
          flow.scopes().stream().map(ScopeDecl::name).forEach(scopes::add);
        }
      }
    }
    for (EndpointInterface endpoint : endpoints) {
      for (Operation op : endpoint.operations()) {
        for (RequirementAlternative alternative : op.security().alternatives()) {
          for (SchemeUse use : alternative.schemes()) {
            SecurityScheme scheme = schemes.get(use.schemeName());
            if (scheme != null && isTokenScheme(scheme)) {
              scopes.addAll(use.scopes());
            }
          }
        }
      }
    }
    return scopes;
  }
}
