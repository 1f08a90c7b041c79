package dev.gatehouse.processor.model;

/**
 * The success response of an operation, from its return type.
 *
 * @param status {@code 200}, or {@code 204} for {@code void}
 * @param schema the content schema, or null when the type says nothing (JAX-RS {@code Response}) or
 *     when {@code tokenEndpoint} holds
 * @param description the {@code @return} Javadoc, empty when none
 * @param tokenEndpoint whether the operation takes the runtime's {@code TokenRequestForm} and its
 *     return type documents no schema ({@code Response}, {@code Object}, or one of them in a {@code
 *     CompletionStage} or {@code Optional}): the document then describes RFC 6749's token response
 *     (section 5.1) and error responses (section 5.2)
 */
public record SuccessResponse(
    int status, DataSchema schema, String description, boolean tokenEndpoint) {

  /** A response described by its Java type alone. */
  public SuccessResponse(int status, DataSchema schema, String description) {
    this(status, schema, description, false);
  }
}
