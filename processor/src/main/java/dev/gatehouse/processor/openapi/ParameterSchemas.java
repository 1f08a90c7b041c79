package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.ParamSchema;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Writes a parameter's {@link ParamSchema} as a JSON Schema object, with a typed default. */
final class ParameterSchemas {

  private ParameterSchemas() {}

  static JsonObject of(ParamSchema schema) {
    JsonObject node = new JsonObject();
    node.put("type", schema.type());
    if (!schema.format().isEmpty()) {
      node.put("format", schema.format());
    }
    if (!schema.enumValues().isEmpty()) {
      schema.enumValues().forEach(node.putArray("enum")::add);
    }
    if (schema.items() != null) {
      node.set("items", of(schema.items()));
    }
    if (schema.uniqueItems()) {
      node.put("uniqueItems", true);
    }
    if (schema.defaultValue() != null) {
      // A default that is not of the schema's type is left out (the parser warns about it).
      Object value = typed(schema.items() != null ? schema.items() : schema, schema.defaultValue());
      if (value != null) {
        node.set("default", schema.items() != null ? new JsonArray().add(value) : value);
      }
    }
    return node;
  }

  /** The default in the schema's own JSON type, or null when it does not parse as one. */
  private static Object typed(ParamSchema schema, String value) {
    try {
      switch (schema.type()) {
        case "integer":
          return new BigInteger(value.strip());
        case "number":
          return new BigDecimal(value.strip());
        case "boolean":
          return Boolean.parseBoolean(value.strip());
        default:
          return value;
      }
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
