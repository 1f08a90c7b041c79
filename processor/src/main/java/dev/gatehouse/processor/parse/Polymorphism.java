package dev.gatehouse.processor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Polymorphic types as Jackson writes them: a type with {@code @JsonTypeInfo} (its subtypes from
 * {@code @JsonSubTypes}, else, when it is sealed, its permitted subclasses), or a sealed type
 * without it. Type ids are Jackson's: a {@code @JsonSubTypes.Type}'s {@code names} or {@code name},
 * else the subtype's {@code @JsonTypeName}, else the class name without its package ({@code
 * Outer$Inner} for a nested class; the simple name for {@code Id.SIMPLE_NAME}).
 */
final class Polymorphism {
  /** Type id kinds whose values the document can list: logical names. */
  private static final Set<String> NAMED = Set.of("NAME", "SIMPLE_NAME");

  private static final Set<String> SUPPORTED_INCLUDES = Set.of("PROPERTY", "EXISTING_PROPERTY");

  /** One subtype with its type ids (empty without a discriminator). */
  record Subtype(TypeElement element, List<String> names) {}

  /**
   * A polymorphic base type: its subtypes in declaration order and its discriminator property (null
   * when JSON carries no type id: a sealed type without {@code @JsonTypeInfo}, or {@code
   * Id.DEDUCTION}); or, when {@code unsupported} is not null, why the document cannot describe it,
   * with the annotation to report it on.
   */
  record Base(
      List<Subtype> subtypes,
      String propertyName,
      boolean existingProperty,
      String unsupported,
      Ann typeInfo) {}

  /** A discriminator property a subtype must carry, with the subtype's type ids. */
  record Discriminator(String propertyName, List<String> names, boolean existingProperty) {}

  private final AnnotationReader reader;
  private final Types types;

  Polymorphism(AnnotationReader reader, Types types) {
    this.reader = reader;
    this.types = types;
  }

  /** The polymorphism of a type that is a base (annotated or sealed), if it is one. */
  Optional<Base> base(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.INTERFACE) {
      return Optional.empty(); // enums with constant bodies are implicitly sealed
    }
    Optional<Ann> typeInfo = reader.find(type, Names.JSON_TYPE_INFO);
    boolean sealed = type.getModifiers().contains(Modifier.SEALED);
    if (typeInfo.isEmpty()) {
      return sealed
          ? Optional.of(new Base(subtypes(type, "NAME", true), null, false, null, null))
          : Optional.empty();
    }
    Ann info = typeInfo.get();
    String use = info.string("use");
    String include = info.string("include");
    if (use.equals("NONE")) {
      // No type id at all: Jackson writes each value as its runtime type, as without polymorphism.
      return sealed
          ? Optional.of(new Base(subtypes(type, "NAME", true), null, false, null, null))
          : Optional.empty();
    }
    if (use.equals("DEDUCTION")) {
      List<Subtype> deduced = subtypes(type, "NAME", sealed);
      return Optional.of(
          deduced.isEmpty()
              ? unsupported(
                  "neither @JsonSubTypes nor a sealed declaration lists its subtypes", info)
              : new Base(deduced, null, false, null, info));
    }
    if (!NAMED.contains(use)) {
      return Optional.of(
          unsupported(
              "use = JsonTypeInfo.Id."
                  + use
                  + " writes Java class names or custom ids as type ids, which the document cannot list",
              info));
    }
    if (!SUPPORTED_INCLUDES.contains(include)) {
      return Optional.of(
          unsupported(
              "include = JsonTypeInfo.As."
                  + include
                  + " puts the type id outside the object, which an OpenAPI discriminator cannot describe",
              info));
    }
    List<Subtype> subtypes = subtypes(type, use, sealed);
    if (subtypes.isEmpty()) {
      return Optional.of(
          unsupported(
              "neither @JsonSubTypes nor a sealed declaration lists its" + " subtypes", info));
    }
    String property = info.string("property");
    if (property.isEmpty()) {
      property = "@type";
    }
    return Optional.of(
        new Base(subtypes, property, include.equals("EXISTING_PROPERTY"), null, info));
  }

  /**
   * The discriminators a type must carry: one for each supertype that is a polymorphic base with a
   * type id property and lists the type as a subtype.
   */
  List<Discriminator> discriminators(TypeElement type) {
    Map<String, Discriminator> out = new LinkedHashMap<>();
    for (TypeElement supertype : supertypes(type)) {
      base(supertype)
          .filter(b -> b.unsupported() == null && b.propertyName() != null)
          .ifPresent(
              b -> {
                for (Subtype s : b.subtypes()) {
                  if (s.element().equals(type)) {
                    out.putIfAbsent(
                        b.propertyName(),
                        new Discriminator(b.propertyName(), s.names(), b.existingProperty()));
                  }
                }
              });
    }
    return List.copyOf(out.values());
  }

  private Base unsupported(String why, Ann info) {
    return new Base(List.of(), null, false, why, info);
  }

  /** Every proper supertype (classes and interfaces), nearest first, each once. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> out = new ArrayList<>();
    List<TypeMirror> queue = new ArrayList<>(types.directSupertypes(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      if (next.getKind() == TypeKind.DECLARED) {
        TypeElement e = (TypeElement) ((DeclaredType) next).asElement();
        if (!out.contains(e)) {
          out.add(e);
          queue.addAll(types.directSupertypes(next));
        }
      }
    }
    return out;
  }

  /**
   * The subtypes of {@code @JsonSubTypes} in declaration order; without it, the permitted
   * subclasses of a sealed type, with sealed abstract ones replaced by their own, recursively.
   */
  private List<Subtype> subtypes(TypeElement type, String use, boolean sealed) {
    Optional<Ann> listed = reader.find(type, Names.JSON_SUB_TYPES);
    List<Subtype> out = new ArrayList<>();
    if (listed.isPresent()) {
      for (Ann entry : listed.get().annotations("value", reader.elements())) {
        TypeMirror value = entry.typeValue("value");
        if (value == null || value.getKind() != TypeKind.DECLARED) {
          continue;
        }
        TypeElement sub = (TypeElement) ((DeclaredType) value).asElement();
        List<String> names = new ArrayList<>();
        if (entry.has("names")) {
          entry.strings("names").stream()
              .map(Ann.Located::value)
              .filter(n -> !n.isEmpty())
              .forEach(names::add);
        }
        if (names.isEmpty() && !entry.string("name").isEmpty()) {
          names.add(entry.string("name"));
        }
        out.add(new Subtype(sub, names.isEmpty() ? List.of(defaultName(sub, use)) : names));
      }
      return out;
    }
    if (sealed) {
      leaves(type, use, out);
    }
    return out;
  }

  private void leaves(TypeElement type, String use, List<Subtype> out) {
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement sub = (TypeElement) ((DeclaredType) permitted).asElement();
      boolean abstractSealed =
          sub.getModifiers().contains(Modifier.SEALED)
              && (sub.getKind() == ElementKind.INTERFACE
                  || sub.getModifiers().contains(Modifier.ABSTRACT));
      if (abstractSealed && reader.find(sub, Names.JSON_TYPE_INFO).isEmpty()) {
        leaves(sub, use, out);
      } else if (out.stream().noneMatch(s -> s.element().equals(sub))) {
        out.add(new Subtype(sub, List.of(defaultName(sub, use))));
      }
    }
  }

  /** {@code @JsonTypeName}, else Jackson's default id for the class. */
  private String defaultName(TypeElement sub, String use) {
    Optional<String> named =
        reader
            .find(sub, Names.JSON_TYPE_NAME)
            .map(a -> a.string("value"))
            .filter(n -> !n.isEmpty());
    if (named.isPresent()) {
      return named.get();
    }
    if (use.equals("SIMPLE_NAME")) {
      return sub.getSimpleName().toString();
    }
    String binary = reader.elements().getBinaryName(sub).toString();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  /** For messages: the type as written in the source. */
  static String describe(Element type) {
    return type instanceof TypeElement t ? t.getQualifiedName().toString() : type.toString();
  }
}
