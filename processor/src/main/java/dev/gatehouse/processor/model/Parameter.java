package dev.gatehouse.processor.model;

/** One OpenAPI parameter of an operation, from {@code @PathParam}, {@code @QueryParam} ... */
public record Parameter(
    String name, ParameterLocation in, boolean required, ParamSchema schema, SourceRef source) {}
