package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.OAuth2Scheme;
import dev.gatehouse.processor.model.OAuthFlowDecl;
import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.model.OpenIdConnectScheme;
import dev.gatehouse.processor.model.ScopeDecl;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.UrlValue;

/**
 * Writes one Security Scheme Object. Only the fields of the scheme's type are written (the 3.2
 * schema rejects foreign ones), optional ones only when set, as FastAPI does.
 */
final class SchemeObjects {
  private final OpenApiVersion version;

  SchemeObjects(OpenApiVersion version) {
    this.version = version;
  }

  JsonObject of(SecurityScheme scheme) {
    JsonObject node = new JsonObject();
    if (scheme instanceof ApiKeyScheme k) {
      node.put("type", "apiKey");
      description(node, scheme);
      node.put("name", k.parameterName());
      node.put("in", k.location().openApiName());
    } else if (scheme instanceof HttpAuthScheme h) {
      node.put("type", "http");
      description(node, scheme);
      node.put("scheme", h.scheme());
      if (!h.bearerFormat().isEmpty()) {
        node.put("bearerFormat", h.bearerFormat());
      }
    } else if (scheme instanceof OAuth2Scheme o) {
      node.put("type", "oauth2");
      description(node, scheme);
      JsonObject flows = node.putObject("flows");
      for (OAuthFlowDecl flow : o.flows()) {
        flows.set(flow.type().openApiName(), flow(flow));
      }
      if (o.metadataUrl().isPresent() && version.is32()) {
        node.put("oauth2MetadataUrl", o.metadataUrl().url());
      }
    } else if (scheme instanceof OpenIdConnectScheme o) {
      node.put("type", "openIdConnect");
      description(node, scheme);
      node.put("openIdConnectUrl", o.openIdConnectUrl().url());
    }
    if (scheme.deprecated() && version.is32()) {
      node.put("deprecated", true);
    }
    return node;
  }

  private JsonObject flow(OAuthFlowDecl flow) {
    JsonObject node = new JsonObject();
    for (UrlValue url : flow.urls()) {
      if (url.isPresent()) {
        node.put(url.attribute(), url.url());
      }
    }
    JsonObject scopes = node.putObject("scopes");
    for (ScopeDecl scope : flow.scopes()) {
      if (!scopes.has(scope.name())) {
        scopes.put(scope.name(), scope.description());
      }
    }
    return node;
  }

  private static void description(JsonObject node, SecurityScheme scheme) {
    if (!scheme.description().isEmpty()) {
      node.put("description", scheme.description());
    }
  }
}
