package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.ComponentSchema;
import dev.gatehouse.processor.model.Constraints;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.model.Property;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes {@link DataSchema}s as Schema Objects for one OpenAPI version: nullability as {@code
 * nullable: true} in 3.0 and as a {@code "null"} type (or an {@code anyOf} with it, for references)
 * in 3.1 and 3.2; exclusive limits as booleans in 3.0 and numbers later; references with siblings
 * wrapped in {@code allOf} where 3.0 would ignore the siblings.
 */
final class SchemaWriter {

  private final OpenApiVersion version;
  private final Map<String, String> names;

  /** {@code names} maps each component key to its name in {@code components.schemas}. */
  SchemaWriter(OpenApiVersion version, Map<String, String> names) {
    this.version = version;
    this.names = names;
  }

  JsonObject component(ComponentSchema c) {
    JsonObject own = schema(c.schema());
    JsonObject node = new JsonObject();
    if (c.schema() instanceof DataSchema.OneOf) {
      if (!c.description().isEmpty()) {
        node.put("description", c.description());
      }
      node.setAll(own);
      return node;
    }
    if (c.parentKey() != null) {
      if (!c.description().isEmpty()) {
        node.put("description", c.description());
      }
      node.putArray("allOf").add(ref(c.parentKey())).add(own);
      return node;
    }
    node.set("type", own.remove("type"));
    if (!c.description().isEmpty()) {
      node.put("description", c.description());
    }
    node.setAll(own);
    return node;
  }

  JsonObject schema(DataSchema schema) {
    JsonObject node = new JsonObject();
    if (schema instanceof DataSchema.Scalar s) {
      node.put("type", s.type());
      if (!s.format().isEmpty()) {
        node.put("format", s.format());
      }
      if (!s.enumValues().isEmpty()) {
        s.enumValues().forEach(node.putArray("enum")::add);
      }
    } else if (schema instanceof DataSchema.ArrayOf a) {
      node.put("type", "array");
      node.set("items", schema(a.items()));
      if (a.unique()) {
        node.put("uniqueItems", true);
      }
    } else if (schema instanceof DataSchema.MapOf m) {
      node.put("type", "object");
      node.set("additionalProperties", schema(m.values()));
    } else if (schema instanceof DataSchema.ObjectOf o) {
      node.put("type", "object");
      JsonObject properties = node.putObject("properties");
      JsonArray required = new JsonArray();
      for (Property p : o.properties()) {
        properties.set(p.name(), property(p));
        if (p.required()) {
          required.add(p.name());
        }
      }
      if (!required.isEmpty()) {
        node.set("required", required);
      }
    } else if (schema instanceof DataSchema.OneOf o) {
      // Without a type id, values of different subtypes can fit several subtype schemas (their
      // properties are optional, other properties allowed): anyOf, as oneOf would reject them.
      JsonArray alternatives = node.putArray(o.propertyName() != null ? "oneOf" : "anyOf");
      o.alternatives().forEach(a -> alternatives.add(schema(a)));
      if (o.propertyName() != null) {
        JsonObject discriminator = node.putObject("discriminator");
        discriminator.put("propertyName", o.propertyName());
        if (!o.mapping().isEmpty()) {
          JsonObject mapping = discriminator.putObject("mapping");
          o.mapping()
              .forEach((id, key) -> mapping.put(id, "#/components/schemas/" + names.get(key)));
        }
      }
    } else if (schema instanceof DataSchema.Ref r) {
      node.put("$ref", "#/components/schemas/" + names.get(r.key()));
    }
    return node;
  }

  JsonObject property(Property p) {
    JsonObject node = schema(p.schema());
    constrain(node, p.constraints());
    if (p.defaultValue() != null && p.schema() instanceof DataSchema.Scalar s) {
      node.set("default", typed(s.type(), p.defaultValue()));
    }
    boolean nullable = p.nullable() && !(p.schema() instanceof DataSchema.Any);
    if (p.schema() instanceof DataSchema.Ref && (nullable || !p.description().isEmpty())) {
      JsonObject wrapped = new JsonObject();
      if (nullable && !version.jsonSchema2020()) {
        wrapped.putArray("allOf").add(node);
        wrapped.put("nullable", true);
      } else if (nullable) {
        wrapped.putArray("anyOf").add(node).addObject().put("type", "null");
      } else if (!version.jsonSchema2020()) {
        wrapped.putArray("allOf").add(node);
      } else {
        wrapped = node;
      }
      node = wrapped;
    } else if (nullable && !version.jsonSchema2020()) {
      node.put("nullable", true);
    } else if (nullable) {
      node.set("type", new JsonArray().add(node.text("type")).add("null"));
    }
    if (!p.description().isEmpty()) {
      node.put("description", p.description());
    }
    return node;
  }

  private JsonObject ref(String key) {
    return new JsonObject().put("$ref", "#/components/schemas/" + names.get(key));
  }

  /** Adds Bean Validation limits to a schema node, as keywords of this version. */
  void constrain(JsonObject node, Constraints c) {
    boolean array = "array".equals(node.text("type"));
    if (c.format() != null) {
      node.put("format", c.format());
    }
    if (c.minLength() != null) {
      node.put(array ? "minItems" : "minLength", c.minLength());
    }
    if (c.maxLength() != null) {
      node.put(array ? "maxItems" : "maxLength", c.maxLength());
    }
    limit(node, "minimum", "exclusiveMinimum", c.minimum(), c.exclusiveMinimum());
    limit(node, "maximum", "exclusiveMaximum", c.maximum(), c.exclusiveMaximum());
    if (c.pattern() != null) {
      node.put("pattern", c.pattern());
    }
  }

  private void limit(
      JsonObject node, String inclusive, String exclusive, String value, boolean ex) {
    if (value == null) {
      return;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      return;
    }
    if (!ex) {
      node.put(inclusive, number);
    } else if (version.jsonSchema2020()) {
      node.put(exclusive, number);
    } else {
      node.put(inclusive, number);
      node.put(exclusive, true);
    }
  }

  private static Object typed(String type, String value) {
    try {
      switch (type) {
        case "integer":
        case "number":
          return new BigDecimal(value.strip());
        case "boolean":
          return Boolean.parseBoolean(value.strip());
        default:
          return value;
      }
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
