package dev.gatehouse.processor.model;

/**
 * One entry of {@code components.securitySchemes}, as declared by a scheme annotation.
 *
 * <p>Equality ignores {@link #source()}, so two declarations with the same name and the same
 * definition are one scheme, while the same name with a different definition is a conflict.
 */
public sealed interface SecurityScheme
    permits ApiKeyScheme, HttpAuthScheme, OAuth2Scheme, OpenIdConnectScheme {

  /** The key in {@code components.securitySchemes}. */
  String name();

  /** The OpenAPI {@code description}, empty when not given. */
  String description();

  /** The OpenAPI 3.2 {@code deprecated} flag. */
  boolean deprecated();

  /** The annotation that declared the scheme. */
  SourceRef source();

  /** The simple name of the declaring annotation, for messages (e.g. {@code "@HttpBasic"}). */
  String annotationName();

  /** Whether the scheme carries OAuth2 scopes ({@code oauth2} or {@code openIdConnect}). */
  default boolean usesScopes() {
    return this instanceof OAuth2Scheme || this instanceof OpenIdConnectScheme;
  }

  /** The same definition without its source, for comparing declarations. */
  SecurityScheme definition();
}
