package dev.gatehouse.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.processor.model.ParamSchema;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Writes a parameter's {@link ParamSchema} as a JSON Schema object, with a typed default. */
final class ParameterSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ParameterSchemas() {}

  static ObjectNode of(ParamSchema schema) {
    ObjectNode node = JSON.objectNode();
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
      JsonNode value =
          schema.items() != null
              ? JSON.arrayNode().add(typed(schema.items(), schema.defaultValue()))
              : typed(schema, schema.defaultValue());
      if (value != null && !(value.isArray() && value.get(0).isNull())) {
        node.set("default", value);
      }
    }
    return node;
  }

  /** The default in the schema's own JSON type, or null when it does not parse as one. */
  private static JsonNode typed(ParamSchema schema, String value) {
    try {
      switch (schema.type()) {
        case "integer":
          return JSON.numberNode(new BigInteger(value.strip()));
        case "number":
          return JSON.numberNode(new BigDecimal(value.strip()));
        case "boolean":
          return JSON.booleanNode(Boolean.parseBoolean(value.strip()));
        default:
          return JSON.textNode(value);
      }
    } catch (NumberFormatException e) {
      return JSON.nullNode();
    }
  }
}
