package dev.gatehouse.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.processor.model.ComponentSchema;
import dev.gatehouse.processor.model.Constraints;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.model.Property;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Schema Objects per OpenAPI version, from plain models without javac. */
class SchemaWriterTest {
  private static final DataSchema STRING = DataSchema.Scalar.of("string", "");
  private static final DataSchema PET = new DataSchema.Ref("p.Pet");
  private static final Map<String, String> NAMES = Map.of("p.Pet", "Pet", "p.Animal", "Animal");

  @Test
  void nullableScalarsUseTypeArraysFrom31AndNullableIn30() {
    Property p = property("name", STRING, true, "");

    assertThat(writer(OpenApiVersion.V3_1_0).property(p).toString())
        .isEqualTo("{\"type\":[\"string\",\"null\"]}");
    assertThat(writer(OpenApiVersion.V3_0_3).property(p).toString())
        .isEqualTo("{\"type\":\"string\",\"nullable\":true}");
  }

  @Test
  void referencesWithSiblingsAreWrappedWhere30WouldIgnoreThem() {
    Property nullable = property("pet", PET, true, "");
    Property described = property("pet", PET, false, "The pet.");

    assertThat(writer(OpenApiVersion.V3_2_0).property(nullable).toString())
        .isEqualTo("{\"anyOf\":[{\"$ref\":\"#/components/schemas/Pet\"},{\"type\":\"null\"}]}");
    assertThat(writer(OpenApiVersion.V3_0_3).property(nullable).toString())
        .isEqualTo("{\"allOf\":[{\"$ref\":\"#/components/schemas/Pet\"}],\"nullable\":true}");
    assertThat(writer(OpenApiVersion.V3_1_0).property(described).toString())
        .isEqualTo("{\"$ref\":\"#/components/schemas/Pet\",\"description\":\"The pet.\"}");
    assertThat(writer(OpenApiVersion.V3_0_3).property(described).toString())
        .isEqualTo(
            "{\"allOf\":[{\"$ref\":\"#/components/schemas/Pet\"}],\"description\":\"The pet.\"}");
  }

  @Test
  void exclusiveLimitsAreNumbersFrom31AndBooleansIn30() {
    Property p =
        new Property(
            "n",
            DataSchema.Scalar.of("integer", "int32"),
            true,
            false,
            Constraints.NONE.withMinimum("0", true).withMaximum("10", false),
            "",
            null);

    assertThat(writer(OpenApiVersion.V3_1_0).property(p).toString())
        .isEqualTo(
            "{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0,\"maximum\":10}");
    assertThat(writer(OpenApiVersion.V3_0_3).property(p).toString())
        .isEqualTo(
            "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":0,"
                + "\"exclusiveMinimum\":true,\"maximum\":10}");
  }

  @Test
  void sizeLimitsCountItemsOnArraysAndCharactersOnStrings() {
    Constraints c = Constraints.NONE.withMinLength(1).withMaxLength(3);
    Property array =
        new Property("a", new DataSchema.ArrayOf(STRING, true), false, false, c, "", null);
    Property text = new Property("t", STRING, false, false, c, "", null);

    assertThat(writer(OpenApiVersion.V3_1_0).property(array).toString())
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,"
                + "\"minItems\":1,\"maxItems\":3}");
    assertThat(writer(OpenApiVersion.V3_1_0).property(text).toString())
        .isEqualTo("{\"type\":\"string\",\"minLength\":1,\"maxLength\":3}");
  }

  @Test
  void subclassesExtendTheirParentWithAllOf() {
    ComponentSchema pet =
        new ComponentSchema(
            "p.Pet",
            "Pet",
            "p.Pet",
            "A pet.",
            new DataSchema.ObjectOf(List.of(property("name", STRING, false, ""))),
            "p.Animal");

    assertThat(writer(OpenApiVersion.V3_1_0).component(pet).toString())
        .isEqualTo(
            "{\"description\":\"A pet.\",\"allOf\":[{\"$ref\":\"#/components/schemas/Animal\"},"
                + "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
                + "\"required\":[\"name\"]}]}");
  }

  @Test
  void clashingSimpleNamesAreQualifiedInKeyOrderWhateverTheInsertionOrder() {
    TreeMap<String, ComponentSchema> components = new TreeMap<>();
    components.put("z.Tag", component("z.Tag", "Tag"));
    components.put("a.Tag", component("a.Tag", "Tag"));
    components.put("a.Pet", component("a.Pet", "Pet"));

    assertThat(ComponentNames.of(components, java.util.Set.of("Pet")))
        .isEqualTo(Map.of("a.Tag", "Tag", "z.Tag", "z.Tag", "a.Pet", "a.Pet"));
  }

  private static ComponentSchema component(String key, String simple) {
    return new ComponentSchema(key, simple, key, "", new DataSchema.ObjectOf(List.of()), null);
  }

  private static Property property(String name, DataSchema schema, boolean nullable, String doc) {
    return new Property(name, schema, !nullable, nullable, Constraints.NONE, doc, null);
  }

  private static SchemaWriter writer(OpenApiVersion version) {
    return new SchemaWriter(version, NAMES);
  }
}
