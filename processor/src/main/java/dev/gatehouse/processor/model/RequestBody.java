package dev.gatehouse.processor.model;

/**
 * The request body of an operation: an entity parameter, or {@code @FormParam}s as one object.
 *
 * @param schema the body's schema
 * @param defaultMediaType the media type without {@code @Consumes}: {@code application/json},
 *     {@code application/x-www-form-urlencoded} for forms, {@code application/octet-stream} for raw
 *     bytes and streams
 * @param description the entity's {@code @param} Javadoc, empty when none
 * @param onlyDefaultMediaType whether the body is read in its default media type only, whatever
 *     {@code @Consumes} lets through (the runtime's token form refuses any other)
 */
public record RequestBody(
    DataSchema schema, String defaultMediaType, String description, boolean onlyDefaultMediaType) {

  /** A body documented under the {@code @Consumes} media types, else its default one. */
  public RequestBody(DataSchema schema, String defaultMediaType, String description) {
    this(schema, defaultMediaType, description, false);
  }
}
