package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.ParamSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * JSON Schemas of the simple types JAX-RS can bind to path, query, header and cookie parameters:
 * primitives and their boxes, {@code String}, enums, {@code UUID}, {@code java.time}, and lists,
 * sets and arrays of those. Anything else JAX-RS converts from a string, so it is a string.
 */
final class TypeSchemas {
  private static final ParamSchema STRING = ParamSchema.scalar("string", "");
  private static final ParamSchema INT32 = ParamSchema.scalar("integer", "int32");
  private static final ParamSchema INT64 = ParamSchema.scalar("integer", "int64");
  private static final ParamSchema FLOAT = ParamSchema.scalar("number", "float");
  private static final ParamSchema DOUBLE = ParamSchema.scalar("number", "double");
  private static final ParamSchema BOOLEAN = ParamSchema.scalar("boolean", "");

  private static final Map<String, ParamSchema> DECLARED =
      Map.ofEntries(
          Map.entry("java.lang.String", STRING),
          Map.entry("java.lang.CharSequence", STRING),
          Map.entry("java.lang.Character", ParamSchema.scalar("string", "")),
          Map.entry("java.lang.Boolean", BOOLEAN),
          Map.entry("java.lang.Byte", INT32),
          Map.entry("java.lang.Short", INT32),
          Map.entry("java.lang.Integer", INT32),
          Map.entry("java.lang.Long", INT64),
          Map.entry("java.lang.Float", FLOAT),
          Map.entry("java.lang.Double", DOUBLE),
          Map.entry("java.math.BigInteger", ParamSchema.scalar("integer", "")),
          Map.entry("java.math.BigDecimal", ParamSchema.scalar("number", "")),
          Map.entry("java.util.UUID", ParamSchema.scalar("string", "uuid")),
          Map.entry("java.net.URI", ParamSchema.scalar("string", "uri")),
          Map.entry("java.net.URL", ParamSchema.scalar("string", "uri")),
          Map.entry("java.time.Instant", ParamSchema.scalar("string", "date-time")),
          Map.entry("java.time.OffsetDateTime", ParamSchema.scalar("string", "date-time")),
          Map.entry("java.time.ZonedDateTime", ParamSchema.scalar("string", "date-time")),
          Map.entry("java.time.LocalDate", ParamSchema.scalar("string", "date")),
          Map.entry("java.time.OffsetTime", ParamSchema.scalar("string", "time")),
          Map.entry("java.time.LocalDateTime", ParamSchema.scalar("string", "")),
          Map.entry("java.time.LocalTime", ParamSchema.scalar("string", "")),
          Map.entry("java.time.Duration", ParamSchema.scalar("string", "duration")),
          Map.entry("java.time.Period", ParamSchema.scalar("string", "duration")),
          Map.entry("java.util.OptionalInt", INT32),
          Map.entry("java.util.OptionalLong", INT64),
          Map.entry("java.util.OptionalDouble", DOUBLE));

  private static final List<String> LISTS =
      List.of("java.util.List", "java.util.Collection", "java.lang.Iterable");
  private static final List<String> SETS = List.of("java.util.Set", "java.util.SortedSet");

  private TypeSchemas() {}

  /** The scalar schema of a well-known JDK type (strings, boxes, time, UUID ...), if it is one. */
  static java.util.Optional<ParamSchema> known(String qualifiedName) {
    return java.util.Optional.ofNullable(DECLARED.get(qualifiedName));
  }

  /** The schema of a value JAX-RS hands over as a plain string. */
  static ParamSchema string() {
    return STRING;
  }

  static ParamSchema of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return BOOLEAN;
      case BYTE:
      case SHORT:
      case INT:
        return INT32;
      case LONG:
        return INT64;
      case FLOAT:
        return FLOAT;
      case DOUBLE:
        return DOUBLE;
      case CHAR:
        return STRING;
      case ARRAY:
        return array(of(((ArrayType) type).getComponentType()), false);
      case DECLARED:
        return declared((DeclaredType) type);
      default:
        return STRING;
    }
  }

  private static ParamSchema declared(DeclaredType type) {
    Element element = type.asElement();
    String name = ((TypeElement) element).getQualifiedName().toString();
    ParamSchema known = DECLARED.get(name);
    if (known != null) {
      return known;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
      return new ParamSchema("string", "", constants, null, false, null);
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (args.size() == 1) {
      if (LISTS.contains(name)) {
        return array(of(args.get(0)), false);
      }
      if (SETS.contains(name)) {
        return array(of(args.get(0)), true);
      }
      if (name.equals("java.util.Optional")) {
        return of(args.get(0));
      }
    }
    return STRING;
  }

  /** The parameter schema as a {@link DataSchema}, the form {@link ValidationRules} reads. */
  static DataSchema data(ParamSchema schema) {
    return schema.items() != null
        ? new DataSchema.ArrayOf(data(schema.items()), schema.uniqueItems())
        : new DataSchema.Scalar(schema.type(), schema.format(), schema.enumValues());
  }

  private static ParamSchema array(ParamSchema items, boolean unique) {
    return new ParamSchema("array", "", List.of(), items, unique, null);
  }
}
