package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.ComponentSchema;
import dev.gatehouse.processor.model.DataSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Resolves Java types to JSON Schemas the way Jackson serialises them: scalars inline, beans,
 * records and enums as component schemas referred to by key, generic type arguments substituted.
 * Each component is built once per compilation, and a type that refers to itself becomes a {@code
 * $ref} cycle.
 */
final class SchemaReader {
  private static final List<String> OPAQUE_PACKAGES =
      List.of("java.", "javax.", "jakarta.", "sun.");
  private static final Set<String> ANY =
      Set.of(
          "java.lang.Object",
          "com.fasterxml.jackson.databind.JsonNode",
          "com.fasterxml.jackson.databind.node.ObjectNode");

  private final AnnotationReader reader;
  private final Types types;
  private final JavaDocs docs;
  private final Reporter reporter;
  private final Polymorphism polymorphism;
  private final BeanProperties beans;
  private final Map<String, ComponentSchema> components = new TreeMap<>();
  private final Set<String> building = new HashSet<>();
  private final Set<String> warned = new HashSet<>();
  private final Map<String, Optional<TypeMirror>> erasures = new HashMap<>();

  SchemaReader(AnnotationReader reader, Types types, JavaDocs docs, Reporter reporter) {
    this.reader = reader;
    this.types = types;
    this.docs = docs;
    this.reporter = reporter;
    this.polymorphism = new Polymorphism(reader, types);
    this.beans = new BeanProperties(this, reader, types, docs);
  }

  BeanProperties beans() {
    return beans;
  }

  Polymorphism polymorphism() {
    return polymorphism;
  }

  /** Every component schema built so far, by key. */
  SortedMap<String, ComponentSchema> components() {
    return new TreeMap<>(components);
  }

  DataSchema of(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        return component.getKind() == TypeKind.BYTE
            ? DataSchema.Scalar.of("string", "byte")
            : new DataSchema.ArrayOf(of(component), false);
      case TYPEVAR:
        return of(((TypeVariable) type).getUpperBound());
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? new DataSchema.Any() : of(bound);
      case DECLARED:
        return declared((DeclaredType) type);
      default:
        return type.getKind().isPrimitive() ? scalar(TypeSchemas.of(type)) : new DataSchema.Any();
    }
  }

  private DataSchema declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    var known = TypeSchemas.known(name);
    if (known.isPresent()) {
      return scalar(known.get());
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (name.equals("java.util.Optional")) {
      return args.isEmpty() ? new DataSchema.Any() : of(args.get(0));
    }
    if (isA(type, "java.util.Map")) {
      return new DataSchema.MapOf(args.size() == 2 ? of(args.get(1)) : new DataSchema.Any());
    }
    if (isA(type, "java.lang.Iterable")) {
      DataSchema items = args.size() == 1 ? of(args.get(0)) : new DataSchema.Any();
      return new DataSchema.ArrayOf(items, isA(type, "java.util.Set"));
    }
    if (ANY.contains(name)) {
      return new DataSchema.Any();
    }
    String key = key(type);
    if (components.containsKey(key) || building.contains(key)) {
      return new DataSchema.Ref(key);
    }
    ExecutableElement jsonValue = beans.jsonValue(element);
    if (jsonValue != null) {
      return of(((ExecutableType) types.asMemberOf(type, jsonValue)).getReturnType());
    }
    if (element.getKind() != ElementKind.ENUM
        && OPAQUE_PACKAGES.stream().anyMatch(name::startsWith)) {
      return new DataSchema.Any();
    }
    Optional<Polymorphism.Base> base = polymorphism.base(element);
    if (base.isPresent()) {
      return polymorphic(type, element, key, base.get());
    }
    // Marked while it is built, so a type that refers back to itself gets a $ref, not a loop.
    building.add(key);
    try {
      String simple = name(type, false);
      String qualified = name(type, true);
      components.put(
          key,
          element.getKind() == ElementKind.ENUM
              ? beans.enumeration(element, key, simple, qualified)
              : beans.object(type, element, key, simple, qualified));
    } finally {
      building.remove(key);
    }
    return new DataSchema.Ref(key);
  }

  /**
   * A polymorphic type: a component that is one of its subtypes' components, with Jackson's type
   * ids as the discriminator mapping; or, when the document cannot describe it, any value and one
   * warning.
   */
  private DataSchema polymorphic(
      DeclaredType type, TypeElement element, String key, Polymorphism.Base base) {
    if (base.unsupported() != null) {
      if (warned.add(key)) {
        reporter.report(
            Diagnostic.UNSUPPORTED_POLYMORPHISM,
            base.typeInfo().where(),
            Polymorphism.describe(element),
            base.unsupported());
      }
      return new DataSchema.Any();
    }
    building.add(key);
    try {
      List<DataSchema> alternatives = new ArrayList<>();
      Map<String, String> mapping = new LinkedHashMap<>();
      for (Polymorphism.Subtype sub : base.subtypes()) {
        DataSchema alternative = of(types.erasure(sub.element().asType()));
        alternatives.add(alternative);
        if (base.propertyName() != null && alternative instanceof DataSchema.Ref ref) {
          sub.names().forEach(id -> mapping.putIfAbsent(id, ref.key()));
        }
      }
      components.put(
          key,
          new ComponentSchema(
              key,
              name(type, false),
              name(type, true),
              docs.of(element).text(),
              new DataSchema.OneOf(alternatives, base.propertyName(), mapping),
              null));
    } finally {
      building.remove(key);
    }
    return new DataSchema.Ref(key);
  }

  boolean isA(TypeMirror type, String qualifiedName) {
    Optional<TypeMirror> target = erasures.computeIfAbsent(qualifiedName, this::erasure);
    return target.isPresent() && types.isAssignable(types.erasure(type), target.get());
  }

  /**
   * The erasure of a library type by name, looked up once per compilation: javac's look-up by name
   * searches every module each time (a third of this reader's time before), and the names asked for
   * are the JDK's, Spring's and Reactor's, which no round of a compilation adds or takes away.
   */
  private Optional<TypeMirror> erasure(String qualifiedName) {
    TypeElement target = reader.elements().getTypeElement(qualifiedName);
    return target == null ? Optional.empty() : Optional.of(types.erasure(target.asType()));
  }

  private static DataSchema.Scalar scalar(dev.gatehouse.processor.model.ParamSchema known) {
    return new DataSchema.Scalar(known.type(), known.format(), known.enumValues());
  }

  /** The canonical, unique key of a type: its qualified name with type arguments. */
  private static String key(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      List<String> args = new ArrayList<>();
      declared.getTypeArguments().forEach(a -> args.add(key(a)));
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      return args.isEmpty() ? name : name + "<" + String.join(",", args) + ">";
    }
    if (type instanceof ArrayType array) {
      return key(array.getComponentType()) + "[]";
    }
    return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : "?";
  }

  /** A component name: {@code Page_Item} from simple names, or with qualified names. */
  private static String name(TypeMirror type, boolean qualified) {
    if (type instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      StringBuilder out =
          new StringBuilder(
              qualified ? element.getQualifiedName().toString() : nestedName(element));
      declared.getTypeArguments().forEach(a -> out.append('_').append(name(a, qualified)));
      return out.toString();
    }
    if (type instanceof ArrayType array) {
      return name(array.getComponentType(), qualified) + "Array";
    }
    return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : "Object";
  }

  private static String nestedName(Element element) {
    return element.getSimpleName().toString();
  }
}
