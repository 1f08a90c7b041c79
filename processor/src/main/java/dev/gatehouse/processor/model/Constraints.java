package dev.gatehouse.processor.model;

/**
 * Bean Validation limits on one value, as JSON Schema keywords; null fields are absent.
 *
 * @param minLength {@code minLength}, or {@code minItems} on arrays
 * @param maxLength {@code maxLength}, or {@code maxItems} on arrays
 * @param minimum {@code minimum} as written (a decimal string)
 * @param exclusiveMinimum whether the minimum itself is excluded
 * @param maximum {@code maximum} as written
 * @param exclusiveMaximum whether the maximum itself is excluded
 * @param pattern {@code pattern}
 * @param format a format that replaces the type's own (e.g. {@code email})
 */
public record Constraints(
    Long minLength,
    Long maxLength,
    String minimum,
    boolean exclusiveMinimum,
    String maximum,
    boolean exclusiveMaximum,
    String pattern,
    String format) {

  public static final Constraints NONE =
      new Constraints(null, null, null, false, null, false, null, null);

  public Constraints withMinLength(long value) {
    return new Constraints(
        value, maxLength, minimum, exclusiveMinimum, maximum, exclusiveMaximum, pattern, format);
  }

  public Constraints withMaxLength(long value) {
    return new Constraints(
        minLength, value, minimum, exclusiveMinimum, maximum, exclusiveMaximum, pattern, format);
  }

  public Constraints withMinimum(String value, boolean exclusive) {
    return new Constraints(
        minLength, maxLength, value, exclusive, maximum, exclusiveMaximum, pattern, format);
  }

  public Constraints withMaximum(String value, boolean exclusive) {
    return new Constraints(
        minLength, maxLength, minimum, exclusiveMinimum, value, exclusive, pattern, format);
  }

  public Constraints withPattern(String value) {
    return new Constraints(
        minLength, maxLength, minimum, exclusiveMinimum, maximum, exclusiveMaximum, value, format);
  }

  public Constraints withFormat(String value) {
    return new Constraints(
        minLength, maxLength, minimum, exclusiveMinimum, maximum, exclusiveMaximum, pattern, value);
  }
}
