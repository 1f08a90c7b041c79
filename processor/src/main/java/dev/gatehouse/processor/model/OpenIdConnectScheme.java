package dev.gatehouse.processor.model;

/** An {@code openIdConnect} scheme, found through its discovery URL. */
public record OpenIdConnectScheme(
    String name,
    String description,
    boolean deprecated,
    UrlValue openIdConnectUrl,
    SourceRef source)
    implements SecurityScheme {

  @Override
  public String annotationName() {
    return "@OpenIdConnect";
  }

  @Override
  public SecurityScheme definition() {
    return new OpenIdConnectScheme(
        name, description, deprecated, openIdConnectUrl.definition(), null);
  }
}
