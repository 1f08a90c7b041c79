package dev.gatehouse.processor.model;

/**
 * The request body of an operation: an entity parameter, or {@code @FormParam}s as one object.
 *
 * @param schema the body's schema
 * @param defaultMediaType the media type without {@code @Consumes}: {@code application/json},
 *     {@code application/x-www-form-urlencoded} for forms, {@code application/octet-stream} for
 *     raw bytes and streams
 * @param description the entity's {@code @param} Javadoc, empty when none
 */
public record RequestBody(DataSchema schema, String defaultMediaType, String description) {}
