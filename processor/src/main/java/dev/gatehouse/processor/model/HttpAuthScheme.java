package dev.gatehouse.processor.model;

/**
 * An {@code http} scheme: Basic, Bearer, Digest, or any other RFC 9110 authentication scheme.
 *
 * @param scheme the OpenAPI {@code scheme} value as it will be written ({@code basic}, {@code
 *     bearer}, {@code digest}, or the generic scheme word as declared)
 * @param realm the challenge realm (Basic only), empty for the runtime default
 * @param bearerFormat the OpenAPI {@code bearerFormat} (Bearer only), empty when not given
 */
public record HttpAuthScheme(
    String name,
    String description,
    boolean deprecated,
    Kind kind,
    String scheme,
    String realm,
    String bearerFormat,
    SourceRef source)
    implements SecurityScheme {

  /** Which annotation declared the scheme. */
  public enum Kind {
    BASIC("@HttpBasic"),
    BEARER("@HttpBearer"),
    DIGEST("@HttpDigest"),
    GENERIC("@HttpScheme");

    private final String annotationName;

    Kind(String annotationName) {
      this.annotationName = annotationName;
    }
  }

  @Override
  public String annotationName() {
    return kind.annotationName;
  }

  @Override
  public SecurityScheme definition() {
    return new HttpAuthScheme(
        name, description, deprecated, kind, scheme, realm, bearerFormat, null);
  }
}
