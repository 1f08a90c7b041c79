package dev.gatehouse.processor.model;

import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of a Java type as the parser resolved it, free of {@code javax.lang.model}: a
 * scalar, an array, a string-keyed map, an inline object, a reference to a component schema, one of
 * several schemas, or any value.
 */
public sealed interface DataSchema {

  /** A JSON scalar with an optional format and, for enums, the allowed values. */
  record Scalar(String type, String format, List<String> enumValues) implements DataSchema {
    public Scalar {
      enumValues = List.copyOf(enumValues);
    }

    public static Scalar of(String type, String format) {
      return new Scalar(type, format, List.of());
    }
  }

  /** A JSON array; {@code unique} for sets. */
  record ArrayOf(DataSchema items, boolean unique) implements DataSchema {}

  /** A JSON object whose values all have one schema ({@code Map<String, V>}). */
  record MapOf(DataSchema values) implements DataSchema {}

  /** An object with named properties, in declaration order. */
  record ObjectOf(List<Property> properties) implements DataSchema {
    public ObjectOf {
      properties = List.copyOf(properties);
    }
  }

  /** A reference to the component schema with this {@link ComponentSchema#key()}. */
  record Ref(String key) implements DataSchema {}

  /**
   * One of several schemas (the subtypes of a polymorphic type), with the discriminator property
   * and its type ids (id to component key, in order) when the JSON carries a type id ({@code
   * oneOf}); without one, {@code propertyName} is null and the schemas may overlap ({@code anyOf}).
   */
  record OneOf(List<DataSchema> alternatives, String propertyName, Map<String, String> mapping)
      implements DataSchema {
    public OneOf {
      alternatives = List.copyOf(alternatives);
      mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
    }
  }

  /** Any JSON value ({@code Object}, an unbound type variable, an unknown JDK type). */
  record Any() implements DataSchema {}
}
