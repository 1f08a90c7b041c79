package dev.gatehouse.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An {@code oauth2} scheme with its flows, in OpenAPI order ({@link FlowType} order).
 *
 * @param metadataUrl the OpenAPI 3.2 {@code oauth2MetadataUrl}, empty when not given
 */
public record OAuth2Scheme(
    String name,
    String description,
    boolean deprecated,
    Kind kind,
    List<OAuthFlowDecl> flows,
    UrlValue metadataUrl,
    SourceRef source)
    implements SecurityScheme {

  /** Which annotation declared the scheme. */
  public enum Kind {
    PASSWORD_BEARER("@OAuth2PasswordBearer"),
    AUTHORIZATION_CODE_BEARER("@OAuth2AuthorizationCodeBearer"),
    GENERIC("@OAuth2");

    private final String annotationName;

    Kind(String annotationName) {
      this.annotationName = annotationName;
    }
  }

  public OAuth2Scheme {
    flows = List.copyOf(flows);
  }

  /** The flow of the given type, if declared. */
  public Optional<OAuthFlowDecl> flow(FlowType type) {
    return flows.stream().filter(f -> f.type() == type).findFirst();
  }

  /** Whether any flow declares the scope. */
  public boolean declaresScope(String scope) {
    return flows.stream().anyMatch(f -> f.scopes().stream().anyMatch(s -> s.name().equals(scope)));
  }

  @Override
  public String annotationName() {
    return kind.annotationName;
  }

  @Override
  public SecurityScheme definition() {
    return new OAuth2Scheme(
        name,
        description,
        deprecated,
        kind,
        flows.stream().map(OAuthFlowDecl::definition).toList(),
        metadataUrl.definition(),
        null);
  }
}
