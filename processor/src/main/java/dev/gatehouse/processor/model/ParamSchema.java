package dev.gatehouse.processor.model;

import java.util.List;

/**
 * The JSON Schema of a simple parameter: a scalar with an optional format and enum, or an array of
 * scalars.
 *
 * @param type the JSON type ({@code string}, {@code integer}, {@code number}, {@code boolean},
 *     {@code array})
 * @param format the OpenAPI format, empty when none
 * @param enumValues the allowed values of an enum, in declaration order
 * @param items the element schema of an array, or null
 * @param uniqueItems whether an array is a set
 * @param defaultValue a JAX-RS {@code @DefaultValue} or Spring {@code defaultValue}, or null
 * @param constraints Bean Validation limits on the parameter's value
 */
public record ParamSchema(
    String type,
    String format,
    List<String> enumValues,
    ParamSchema items,
    boolean uniqueItems,
    String defaultValue,
    Constraints constraints) {

  public ParamSchema {
    enumValues = List.copyOf(enumValues);
  }

  /** A schema without constraints. */
  public ParamSchema(
      String type,
      String format,
      List<String> enumValues,
      ParamSchema items,
      boolean uniqueItems,
      String defaultValue) {
    this(type, format, enumValues, items, uniqueItems, defaultValue, Constraints.NONE);
  }

  /** A scalar with the given type and format. */
  public static ParamSchema scalar(String type, String format) {
    return new ParamSchema(type, format, List.of(), null, false, null);
  }

  /** The same schema with a default value. */
  public ParamSchema withDefault(String value) {
    return new ParamSchema(type, format, enumValues, items, uniqueItems, value, constraints);
  }

  /** The same schema with Bean Validation limits. */
  public ParamSchema withConstraints(Constraints value) {
    return new ParamSchema(type, format, enumValues, items, uniqueItems, defaultValue, value);
  }
}
