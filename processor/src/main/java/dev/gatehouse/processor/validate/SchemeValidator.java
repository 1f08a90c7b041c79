package dev.gatehouse.processor.validate;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.ApiKeyScheme.ApiKeyLocation;
import dev.gatehouse.processor.model.FlowType;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.OAuth2Scheme;
import dev.gatehouse.processor.model.OAuthFlowDecl;
import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.model.OpenIdConnectScheme;
import dev.gatehouse.processor.model.ScopeDecl;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.UrlValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks each declared scheme on its own: names, required and inapplicable fields, URLs. */
final class SchemeValidator {
  private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9.\\-_]+");

  private final Reporter reporter;
  private final OpenApiVersion version;
  private final Urls urls;

  SchemeValidator(Reporter reporter, OpenApiVersion version) {
    this.reporter = reporter;
    this.version = version;
    this.urls = new Urls(reporter);
  }

  void check(SecurityScheme scheme) {
    if (!COMPONENT_NAME.matcher(scheme.name()).matches()) {
      String why =
          scheme.name().isEmpty()
              ? "it is empty"
              : "it contains " + Syntax.describe(firstBad(scheme.name()));
      reporter.report(Diagnostic.INVALID_SCHEME_NAME, scheme.source(), scheme.name(), why);
    }
    if (scheme.deprecated() && !version.is32()) {
      reporter.report(
          Diagnostic.REQUIRES_OPENAPI_32,
          scheme.source(),
          scheme.annotationName() + "(deprecated = true)",
          version.text());
    }
    if (scheme instanceof ApiKeyScheme k) {
      apiKey(k);
    } else if (scheme instanceof HttpAuthScheme h) {
      http(h);
    } else if (scheme instanceof OAuth2Scheme o) {
      oauth2(o);
    } else if (scheme instanceof OpenIdConnectScheme o) {
      openIdConnect(o);
    }
  }

  private void apiKey(ApiKeyScheme k) {
    if (k.parameterName().isEmpty()) {
      reporter.report(
          Diagnostic.MISSING_REQUIRED_FIELD,
          k.source(),
          k.annotationName(),
          "name",
          "Set name to the " + k.location().openApiName() + " that carries the key.");
      return;
    }
    if (k.location() == ApiKeyLocation.QUERY) {
      reporter.report(Diagnostic.API_KEY_IN_QUERY, k.source(), k.name(), k.parameterName());
    } else {
      Syntax.notToken(k.parameterName())
          .ifPresent(
              why ->
                  reporter.report(
                      Diagnostic.INVALID_TOKEN,
                      k.source(),
                      k.location() == ApiKeyLocation.HEADER ? "Header name" : "Cookie name",
                      k.parameterName(),
                      why));
    }
  }

  private void http(HttpAuthScheme h) {
    switch (h.kind()) {
      case BASIC ->
          Syntax.badRealm(h.realm())
              .ifPresent(
                  why -> reporter.report(Diagnostic.INVALID_REALM, h.source(), h.realm(), why));
      case GENERIC -> {
        if (h.scheme().isEmpty()) {
          reporter.report(
              Diagnostic.MISSING_REQUIRED_FIELD,
              h.source(),
              "@HttpScheme",
              "scheme",
              "Set scheme to an HTTP authentication scheme name such as \"HOBA\".");
        } else {
          Syntax.notToken(h.scheme())
              .ifPresent(
                  why ->
                      reporter.report(
                          Diagnostic.INVALID_TOKEN, h.source(), "HTTP scheme", h.scheme(), why));
        }
      }
      default -> {}
    }
  }

  private void oauth2(OAuth2Scheme o) {
    if (o.flows().isEmpty()) {
      reporter.report(Diagnostic.OAUTH2_NO_FLOW, o.source(), o.name());
    }
    if (o.metadataUrl().isPresent()) {
      if (!version.is32()) {
        reporter.report(
            Diagnostic.REQUIRES_OPENAPI_32,
            o.metadataUrl().source(),
            "oauth2MetadataUrl",
            version.text());
      }
      urls.check(o.annotationName(), o.metadataUrl());
    }
    for (OAuthFlowDecl flow : o.flows()) {
      flow(o, flow);
    }
  }

  private void flow(OAuth2Scheme o, OAuthFlowDecl flow) {
    FlowType type = flow.type();
    String owner = o.annotationName() + " " + type.openApiName() + " flow";
    if (type == FlowType.DEVICE_AUTHORIZATION && !version.is32()) {
      reporter.report(
          Diagnostic.REQUIRES_OPENAPI_32,
          flow.source(),
          "The deviceAuthorization flow",
          version.text());
    }
    if (type == FlowType.IMPLICIT || type == FlowType.PASSWORD) {
      reporter.report(Diagnostic.DEPRECATED_FLOW, flow.source(), type.openApiName(), o.name());
    }
    required(owner, flow.authorizationUrl(), type.needsAuthorizationUrl(), type);
    required(owner, flow.tokenUrl(), type.needsTokenUrl(), type);
    required(owner, flow.deviceAuthorizationUrl(), type.needsDeviceAuthorizationUrl(), type);
    for (UrlValue url : flow.urls()) {
      urls.check(owner, url);
    }
    Set<String> seen = new HashSet<>();
    for (ScopeDecl scope : flow.scopes()) {
      Syntax.notScopeToken(scope.name())
          .ifPresent(
              why ->
                  reporter.report(
                      Diagnostic.INVALID_SCOPE_NAME, scope.source(), scope.name(), why));
      if (!seen.add(scope.name())) {
        reporter.report(
            Diagnostic.DUPLICATE_SCOPE, scope.source(), scope.name(), type.openApiName(), o.name());
      }
    }
  }

  private void required(String owner, UrlValue url, boolean needed, FlowType type) {
    if (needed && !url.isPresent()) {
      reporter.report(
          Diagnostic.MISSING_REQUIRED_FIELD,
          url.source(),
          "The " + owner,
          url.attribute(),
          "Set " + url.attribute() + " to the authorization server's endpoint.");
    } else if (!needed && url.isPresent()) {
      reporter.report(
          Diagnostic.FIELD_NOT_APPLICABLE,
          url.source(),
          type.openApiName(),
          url.attribute(),
          url.url(),
          takes(type));
    }
  }

  private static String takes(FlowType type) {
    List<String> names = new java.util.ArrayList<>();
    if (type.needsAuthorizationUrl()) {
      names.add("authorizationUrl");
    }
    if (type.needsDeviceAuthorizationUrl()) {
      names.add("deviceAuthorizationUrl");
    }
    if (type.needsTokenUrl()) {
      names.add("tokenUrl");
    }
    names.add("refreshUrl");
    return String.join(", ", names);
  }

  private void openIdConnect(OpenIdConnectScheme o) {
    if (!o.openIdConnectUrl().isPresent()) {
      reporter.report(
          Diagnostic.MISSING_REQUIRED_FIELD,
          o.openIdConnectUrl().source(),
          "@OpenIdConnect",
          "openIdConnectUrl",
          "Set it to the provider's discovery document, e.g."
              + " \"https://id.example.com/.well-known/openid-configuration\".");
      return;
    }
    urls.check("@OpenIdConnect", o.openIdConnectUrl());
  }

  private static char firstBad(String name) {
    for (char c : name.toCharArray()) {
      if (!COMPONENT_NAME.matcher(String.valueOf(c)).matches()) {
        return c;
      }
    }
    return ' ';
  }
}
