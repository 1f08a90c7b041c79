package dev.gatehouse.processor.model;

import java.util.List;

/** One declared OAuth2 flow with its URLs (empty when not given) and its scopes. */
public record OAuthFlowDecl(
    FlowType type,
    UrlValue authorizationUrl,
    UrlValue tokenUrl,
    UrlValue refreshUrl,
    UrlValue deviceAuthorizationUrl,
    List<ScopeDecl> scopes,
    SourceRef source) {

  public OAuthFlowDecl {
    scopes = List.copyOf(scopes);
  }

  /** The four URL attributes, in the order the document lists them. */
  public List<UrlValue> urls() {
    return List.of(authorizationUrl, deviceAuthorizationUrl, tokenUrl, refreshUrl);
  }

  OAuthFlowDecl definition() {
    return new OAuthFlowDecl(
        type,
        authorizationUrl.definition(),
        tokenUrl.definition(),
        refreshUrl.definition(),
        deviceAuthorizationUrl.definition(),
        scopes.stream().map(s -> new ScopeDecl(s.name(), s.description(), null)).toList(),
        null);
  }
}
