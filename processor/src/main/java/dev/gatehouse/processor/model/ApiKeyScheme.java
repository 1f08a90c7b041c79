package dev.gatehouse.processor.model;

/** An {@code apiKey} scheme: a key in a query parameter, a header or a cookie. */
public record ApiKeyScheme(
    String name,
    String description,
    boolean deprecated,
    ApiKeyLocation location,
    String parameterName,
    SourceRef source)
    implements SecurityScheme {

  /** Where an API key travels, with its OpenAPI {@code in} value. */
  public enum ApiKeyLocation {
    QUERY("query", "@ApiKeyQuery"),
    HEADER("header", "@ApiKeyHeader"),
    COOKIE("cookie", "@ApiKeyCookie");

    private final String openApiName;
    private final String annotationName;

    ApiKeyLocation(String openApiName, String annotationName) {
      this.openApiName = openApiName;
      this.annotationName = annotationName;
    }

    /** The OpenAPI {@code in} value. */
    public String openApiName() {
      return openApiName;
    }

    String annotationName() {
      return annotationName;
    }
  }

  @Override
  public String annotationName() {
    return location.annotationName();
  }

  @Override
  public SecurityScheme definition() {
    return new ApiKeyScheme(name, description, deprecated, location, parameterName, null);
  }
}
