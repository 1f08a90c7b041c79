package dev.gatehouse.processor.model;

/**
 * The success response of an operation, from its return type.
 *
 * @param status {@code 200}, or {@code 204} for {@code void}
 * @param schema the content schema, or null when the type says nothing (JAX-RS {@code Response})
 * @param description the {@code @return} Javadoc, empty when none
 */
public record SuccessResponse(int status, DataSchema schema, String description) {}
