package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gatehouse.processor.testing.OpenApiValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Polymorphic types ({@code @JsonTypeInfo}, {@code @JsonSubTypes}, sealed types) against what
 * Jackson really writes: the sources are compiled with the processor, their classes loaded, values
 * written by Jackson as their base type, and each JSON must carry a type id of the discriminator
 * mapping, pointing at its own class's component, and validate against the base's schema (whose
 * {@code oneOf} only one subtype may match; without type ids, {@code anyOf}, since Jackson's output
 * may fit several). Unsupported forms warn and document any value.
 */
class PolymorphismTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void whatJacksonWritesMatchesTheDocument() throws Exception {
    Compilation compilation = Sources.compile(List.of(), Sources.folder("good/polymorphism"));
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode doc = JACKSON.readTree(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
    ClassLoader classes = new CompiledClasses(compilation);

    JsonNode circle = write(classes, "poly.Shape", "poly.Shape$Circle", 2.0);
    JsonNode square = write(classes, "poly.Shape", "poly.Shape$Square", 3.0);
    JsonNode triangle = write(classes, "poly.Shape", "poly.Shape$Triangle", 1.0, 2.0);
    assertThat(circle.get("kind").asText()).isEqualTo("circle");
    assertThat(square.get("kind").asText()).isEqualTo("sq");
    assertThat(triangle.get("kind").asText()).isEqualTo("Shape$Triangle");
    assertDiscriminated(
        doc, "Shape", "kind", Map.of("Circle", circle, "Square", square, "Triangle", triangle));

    JsonNode created = write(classes, "poly.Event", "poly.Event$Created");
    JsonNode deleted = write(classes, "poly.Event", "poly.Event$Deleted");
    assertDiscriminated(doc, "Event", "type", Map.of("Created", created, "Deleted", deleted));
    // The superclass's properties are copied into each subtype, not referred to with allOf.
    assertThat(doc.at("/components/schemas/Created/properties").fieldNames())
        .toIterable()
        .containsExactly("at", "type", "name");
    assertThat(doc.at("/components/schemas/Created/required").toString())
        .isEqualTo("[\"at\",\"type\"]");

    // Without type ids Jackson writes the runtime class (as it does for a property of type
    // Figure; a root writer for the interface itself would find no properties at all).
    Object dot = instance(classes, "poly.Figure$Dot", 1, 2);
    JsonNode line = JACKSON.valueToTree(instance(classes, "poly.Figure$Line", dot, dot));
    JsonNode box = JACKSON.valueToTree(instance(classes, "poly.Figure$Box", dot, 3, 4));
    assertThat(doc.at("/components/schemas/Figure").toString())
        .isEqualTo(
            "{\"description\":\"Sealed without Jackson type ids, with a sealed interface"
                + " among its permitted subtypes.\",\"anyOf\":[{\"$ref\":\"#/components/schemas/Dot\"},"
                + "{\"$ref\":\"#/components/schemas/Line\"},{\"$ref\":\"#/components/schemas/Box\"}]}");
    for (JsonNode value : List.of(JACKSON.valueToTree(dot), line, box)) {
      assertThat(violations(doc, "Figure", value)).as(value.toString()).isEmpty();
    }
    assertThat(violations(doc, "Figure", JACKSON.readTree("\"a string\""))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.3", "3.1.0", "3.2.0"})
  void documentsAreValidInEveryVersion(String version) {
    Compilation compilation =
        Sources.compile(
            List.of("-Agatehouse.openapi.version=" + version), Sources.folder("good/polymorphism"));
    String document = Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());

    assertThat(OpenApiValidation.schemaMessages(document)).isEmpty();
    if (!version.equals("3.2.0")) {
      assertThat(OpenApiValidation.swaggerParserMessages(document)).isEmpty();
    }
  }

  @Test
  void classIdsWarnAndDocumentAnyValue() throws IOException {
    JavaFileObject source = Sources.file("bad/SecUnsupportedPolymorphism.java");
    Compilation compilation = Sources.compile(List.of(), List.of(source));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[SecUnsupportedPolymorphism]")
        .inFile(source)
        .onLineContaining("@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)");
    assertThat(compilation)
        .hadWarningContaining(
            "The polymorphism of bad.SecUnsupportedPolymorphism.Shape cannot be"
                + " documented: use = JsonTypeInfo.Id.CLASS writes Java class names");
    JsonNode doc = JACKSON.readTree(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
    assertThat(doc.at("/components/schemas/Drawing/properties/first").toString()).isEqualTo("{}");
    assertThat(doc.at("/components/schemas/Drawing/properties/more").toString())
        .isEqualTo("{\"type\":[\"array\",\"null\"],\"items\":{}}");
    assertThat(doc.at("/components/schemas").has("Shape")).isFalse();
  }

  @Test
  void wrapperObjectsWarn() {
    assertSingleWarning(
        "SecUnsupportedPolymorphism_wrapper",
        "include = JsonTypeInfo.As.WRAPPER_OBJECT puts the type id outside the object");
  }

  @Test
  void unlistedSubtypesWarn() {
    assertSingleWarning(
        "SecUnsupportedPolymorphism_noSubtypes",
        "neither @JsonSubTypes nor a sealed declaration lists its subtypes");
  }

  @Test
  void suppressWarningsOnTheTypeSilencesTheWarning() {
    Compilation compilation =
        Sources.compile(
            List.of(), List.of(Sources.file("bad/SecUnsupportedPolymorphism_suppressed.java")));

    assertThat(compilation).succeededWithoutWarnings();
  }

  private static void assertSingleWarning(String input, String message) {
    JavaFileObject source = Sources.file("bad/" + input + ".java");
    Compilation compilation = Sources.compile(List.of(), List.of(source));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[SecUnsupportedPolymorphism]")
        .inFile(source)
        .onLineContaining("@JsonTypeInfo(");
    assertThat(compilation).hadWarningContaining(message);
    assertThat(Sources.generated(compilation, Sources.OPENAPI)).isPresent();
  }

  /**
   * Each value's type id is a key of the base's discriminator mapping that points at the component
   * of the value's class, the subtype's schema requires the id property, and the value validates
   * against the base's schema; with an id no subtype has, or without one, it does not.
   */
  private static void assertDiscriminated(
      JsonNode doc, String base, String property, Map<String, JsonNode> valuesByComponent) {
    JsonNode discriminator = doc.at("/components/schemas/" + base + "/discriminator");
    assertThat(discriminator.get("propertyName").asText()).isEqualTo(property);
    for (Map.Entry<String, JsonNode> e : valuesByComponent.entrySet()) {
      String id = e.getValue().get(property).asText();
      assertThat(discriminator.at("/mapping/" + id.replace("~", "~0").replace("/", "~1")).asText())
          .as("mapping of %s", id)
          .isEqualTo("#/components/schemas/" + e.getKey());
      assertThat(doc.at("/components/schemas/" + e.getKey() + "/required"))
          .as("required of %s", e.getKey())
          .anySatisfy(r -> assertThat(r.asText()).isEqualTo(property));
      assertThat(violations(doc, base, e.getValue())).as(e.getValue().toString()).isEmpty();
      ObjectNode unknown = e.getValue().deepCopy();
      unknown.put(property, "no-such-type");
      assertThat(violations(doc, base, unknown)).as(unknown.toString()).isNotEmpty();
      ObjectNode untyped = e.getValue().deepCopy();
      untyped.remove(property);
      assertThat(violations(doc, base, untyped)).as(untyped.toString()).isNotEmpty();
    }
    assertThat(discriminator.get("mapping").size()).isEqualTo(valuesByComponent.size());
  }

  /**
   * Validation messages of a value against {@code #/components/schemas/<name>} (JSON Schema
   * 2020-12).
   */
  private static List<String> violations(JsonNode doc, String name, JsonNode value) {
    ObjectNode schema = JACKSON.createObjectNode();
    schema.put("$ref", "#/components/schemas/" + name);
    schema.set("components", doc.get("components"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema.toString())
        .validate(value.toString(), InputFormat.JSON)
        .stream()
        .map(Object::toString)
        .toList();
  }

  private static JsonNode write(ClassLoader classes, String base, String type, Object... args)
      throws Exception {
    Object value = instance(classes, type, args);
    return JACKSON.readTree(JACKSON.writerFor(classes.loadClass(base)).writeValueAsString(value));
  }

  private static Object instance(ClassLoader classes, String type, Object... args)
      throws Exception {
    var constructor = classes.loadClass(type).getDeclaredConstructors()[0];
    constructor.setAccessible(true);
    return constructor.newInstance(args);
  }

  /** The classes of a compilation, from compile-testing's in-memory class output. */
  private static final class CompiledClasses extends ClassLoader {
    private final Map<String, JavaFileObject> files = new HashMap<>();

    CompiledClasses(Compilation compilation) {
      super(PolymorphismTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String name =
              path.substring(
                  path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                  path.length() - ".class".length());
          files.put(name.replace('/', '.'), file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = files.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
