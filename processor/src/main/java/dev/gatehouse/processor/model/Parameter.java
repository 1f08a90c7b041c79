package dev.gatehouse.processor.model;

/**
 * One OpenAPI parameter of an operation, from {@code @PathParam}, {@code @QueryParam} ..., with its
 * {@code @param} Javadoc as the description (empty when none).
 */
public record Parameter(
    String name,
    ParameterLocation in,
    boolean required,
    ParamSchema schema,
    String description,
    SourceRef source) {}
