package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.ComponentSchema;
import dev.gatehouse.processor.model.Constraints;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The component schema of one record, class or enum: its own properties in declaration order
 * (record components; fields and getters), named, ignored, required and nullable as Jackson and
 * Bean Validation annotations say, and its superclass as the parent.
 */
final class BeanProperties {
  private static final Set<String> OMITS_NULL =
      Set.of("NON_NULL", "NON_ABSENT", "NON_EMPTY", "NON_DEFAULT");

  private final SchemaReader schemas;
  private final AnnotationReader reader;
  private final Types types;
  private final JavaDocs docs;
  private final ValidationRules rules;

  BeanProperties(SchemaReader schemas, AnnotationReader reader, Types types, JavaDocs docs) {
    this.schemas = schemas;
    this.reader = reader;
    this.types = types;
    this.docs = docs;
    this.rules = new ValidationRules(reader);
  }

  ComponentSchema enumeration(TypeElement type, String key, String simple, String qualified) {
    List<String> values = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        values.add(
            reader
                .find(e, Names.JSON_PROPERTY)
                .map(a -> a.string("value"))
                .filter(v -> !v.isEmpty())
                .orElse(e.getSimpleName().toString()));
      }
    }
    return new ComponentSchema(
        key,
        simple,
        qualified,
        docs.of(type).text(),
        new DataSchema.Scalar("string", "", values),
        null);
  }

  ComponentSchema object(
      DeclaredType type, TypeElement element, String key, String simple, String qualified) {
    String parent = null;
    List<Property> properties = new ArrayList<>();
    if (element.getKind() == ElementKind.CLASS) {
      for (TypeMirror s : types.directSupertypes(type)) {
        if (s.getKind() == TypeKind.DECLARED
            && ((DeclaredType) s).asElement().getKind() == ElementKind.CLASS) {
          TypeElement superclass = (TypeElement) ((DeclaredType) s).asElement();
          if (schemas.polymorphism().base(superclass).isPresent()) {
            // The superclass's component is one of its subtypes, this among them: an allOf
            // would refer back to itself, so its properties are copied in instead.
            ComponentSchema shape = object((DeclaredType) s, superclass, key, simple, qualified);
            properties.addAll(((DataSchema.ObjectOf) shape.schema()).properties());
            parent = shape.parentKey();
          } else if (schemas.of(s) instanceof DataSchema.Ref ref) {
            parent = ref.key();
          }
        }
        break;
      }
    }
    boolean omitsNull = omitsNull(List.of(element));
    JavaDocs.Doc doc = docs.of(element);
    for (Candidate c : candidates(type, element, doc).values()) {
      if (c.visible && c.type != null) {
        property(c.name, c.type, c.holders, omitsNull, c.description)
            .ifPresent(
                p -> {
                  // An override replaces the inherited property, keeping its comment if it has
                  // none.
                  for (Property inherited : properties) {
                    if (inherited.name().equals(p.name()) && p.description().isEmpty()) {
                      p =
                          new Property(
                              p.name(),
                              p.schema(),
                              p.required(),
                              p.nullable(),
                              p.constraints(),
                              inherited.description(),
                              p.defaultValue());
                    }
                  }
                  Property own = p;
                  properties.removeIf(q -> q.name().equals(own.name()));
                  properties.add(own);
                });
      }
    }
    discriminate(element, properties);
    return new ComponentSchema(
        key, simple, qualified, doc.text(), new DataSchema.ObjectOf(properties), parent);
  }

  /**
   * Makes the type id property of each polymorphic supertype that lists this type required: an
   * existing property of that name keeps its schema (a plain string is narrowed to the type's ids),
   * else a string of the type's ids comes first, where Jackson writes it.
   */
  private void discriminate(TypeElement element, List<Property> properties) {
    int at = 0;
    for (Polymorphism.Discriminator d : schemas.polymorphism().discriminators(element)) {
      boolean found = false;
      for (int i = 0; i < properties.size(); i++) {
        Property p = properties.get(i);
        if (p.name().equals(d.propertyName())) {
          // A plain string's value must be the type id, or Jackson cannot read it back.
          DataSchema schema =
              p.schema() instanceof DataSchema.Scalar s
                      && s.type().equals("string")
                      && s.enumValues().isEmpty()
                  ? new DataSchema.Scalar("string", s.format(), d.names())
                  : p.schema();
          properties.set(
              i,
              new Property(
                  p.name(),
                  schema,
                  true,
                  false,
                  p.constraints(),
                  p.description(),
                  p.defaultValue()));
          found = true;
        }
      }
      if (!found) {
        properties.add(
            at++,
            new Property(
                d.propertyName(),
                new DataSchema.Scalar("string", "", d.names()),
                true,
                false,
                Constraints.NONE,
                "",
                null));
      }
    }
  }

  /** The {@code @JsonValue} method of the type or a superclass, or null. */
  ExecutableElement jsonValue(TypeElement type) {
    for (ExecutableElement m : ElementFilter.methodsIn(reader.elements().getAllMembers(type))) {
      if (reader.find(m, Names.JSON_VALUE).map(a -> a.bool("value")).orElse(false)) {
        return m;
      }
    }
    return null;
  }

  /** One property; empty when {@code @JsonIgnore}d. */
  Optional<Property> property(
      String javaName, TypeMirror type, List<Element> holders, boolean omitsNull, String doc) {
    if (find(holders, List.of(Names.JSON_IGNORE)).map(a -> a.bool("value")).orElse(false)) {
      return Optional.empty();
    }
    // As Jackson merges the accessors of one property: any explicit name renames all of them,
    // and required = true on any of them (a creator parameter's above all) requires the property.
    List<Ann> json = new ArrayList<>();
    holders.forEach(h -> reader.find(h, Names.JSON_PROPERTY).ifPresent(json::add));
    String name =
        json.stream()
            .map(a -> a.string("value"))
            .filter(v -> !v.isEmpty())
            .findFirst()
            .orElse(javaName);
    boolean optional =
        schemas.isA(type, "java.util.Optional") && type.getKind() == TypeKind.DECLARED;
    boolean primitive = type.getKind().isPrimitive();
    boolean notNull = rules.notNull(holders);
    boolean required =
        !optional && (primitive || notNull || json.stream().anyMatch(a -> a.bool("required")));
    boolean nullable = !primitive && !notNull && !(omitsNull || omitsNull(holders));
    DataSchema schema = schemas.of(type);
    return Optional.of(
        new Property(
            name, schema, required, nullable, rules.constraints(holders, schema), doc, null));
  }

  private boolean omitsNull(List<? extends Element> holders) {
    return find(holders, List.of(Names.JSON_INCLUDE))
        .map(a -> OMITS_NULL.contains(a.string("value")))
        .orElse(false);
  }

  Optional<Ann> find(List<? extends Element> holders, List<String> names) {
    for (Element holder : holders) {
      Optional<Ann> found = reader.findAny(holder, names);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Property candidates by Java name, in order of first declaration. */
  private Map<String, Candidate> candidates(
      DeclaredType type, TypeElement element, JavaDocs.Doc doc) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement rc : element.getRecordComponents()) {
        Candidate c = out.computeIfAbsent(rc.getSimpleName().toString(), Candidate::new);
        c.holders.add(rc);
        c.holders.add(rc.getAccessor());
        c.type = ((ExecutableType) types.asMemberOf(type, rc.getAccessor())).getReturnType();
        c.visible = true;
        c.description = doc.param(c.name);
      }
    }
    for (Element e : element.getEnclosedElements()) {
      Set<Modifier> mods = e.getModifiers();
      if (mods.contains(Modifier.STATIC)) {
        continue;
      }
      if (e.getKind() == ElementKind.FIELD && !mods.contains(Modifier.TRANSIENT)) {
        Candidate c = out.computeIfAbsent(e.getSimpleName().toString(), Candidate::new);
        c.holders.add(e);
        if (c.type == null) {
          c.type = types.asMemberOf(type, e);
        }
        c.visible |=
            mods.contains(Modifier.PUBLIC) || reader.find(e, Names.JSON_PROPERTY).isPresent();
        c.description = c.description.isEmpty() ? docs.of(e).text() : c.description;
      } else if (e instanceof ExecutableElement m && element.getKind() != ElementKind.RECORD) {
        String name = getterName(m);
        if (name != null) {
          Candidate c = out.computeIfAbsent(name, Candidate::new);
          c.holders.add(m);
          c.type = ((ExecutableType) types.asMemberOf(type, m)).getReturnType();
          c.visible = true;
          JavaDocs.Doc getter = docs.of(m);
          String text = getter.text().isEmpty() ? getter.returns() : getter.text();
          c.description = c.description.isEmpty() ? text : c.description;
        }
      }
    }
    creatorParameters(element, out);
    return out;
  }

  /**
   * Adds the parameters of the type's {@code @JsonCreator} (a constructor or a static factory) to
   * the properties they set, as Jackson links them: by the parameter's explicit
   * {@code @JsonProperty} name when a field or getter has that Java or JSON name, else by the
   * parameter's Java name (which needs {@code -parameters} for classes from the class path). A
   * delegating creator (the whole JSON value is its one parameter) sets no property.
   */
  private void creatorParameters(TypeElement element, Map<String, Candidate> out) {
    for (Element e : element.getEnclosedElements()) {
      boolean factory =
          e.getKind() == ElementKind.METHOD && e.getModifiers().contains(Modifier.STATIC);
      if (!(e.getKind() == ElementKind.CONSTRUCTOR || factory)) {
        continue;
      }
      Optional<Ann> creator = reader.find(e, Names.JSON_CREATOR);
      if (creator.isEmpty()) {
        continue;
      }
      String mode = creator.get().string("mode");
      List<? extends javax.lang.model.element.VariableElement> params =
          ((ExecutableElement) e).getParameters();
      boolean delegating =
          mode.equals("DELEGATING")
              || mode.equals("DISABLED")
              || (!mode.equals("PROPERTIES")
                  && params.size() == 1
                  && reader.find(params.get(0), Names.JSON_PROPERTY).isEmpty());
      if (delegating) {
        continue;
      }
      for (var p : params) {
        String explicit =
            reader.find(p, Names.JSON_PROPERTY).map(a -> a.string("value")).orElse("");
        Candidate target = explicit.isEmpty() ? null : linked(out, explicit);
        if (target == null) {
          target = out.get(p.getSimpleName().toString());
        }
        if (target != null) {
          target.holders.add(p);
        }
      }
    }
  }

  /** The candidate whose Java name, or explicit JSON name, is {@code name}; null if none. */
  private Candidate linked(Map<String, Candidate> candidates, String name) {
    Candidate byJavaName = candidates.get(name);
    if (byJavaName != null) {
      return byJavaName;
    }
    for (Candidate c : candidates.values()) {
      boolean named =
          c.holders.stream()
              .anyMatch(
                  h ->
                      reader
                          .find(h, Names.JSON_PROPERTY)
                          .map(a -> a.string("value"))
                          .filter(name::equals)
                          .isPresent());
      if (named) {
        return c;
      }
    }
    return null;
  }

  /** The Jackson property name of a public getter ({@code getURL} is {@code url}), or null. */
  private static String getterName(ExecutableElement m) {
    if (m.getKind() != ElementKind.METHOD
        || !m.getModifiers().contains(Modifier.PUBLIC)
        || !m.getParameters().isEmpty()
        || m.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String n = m.getSimpleName().toString();
    int prefix =
        n.startsWith("get")
            ? 3
            : n.startsWith("is") && m.getReturnType().getKind() == TypeKind.BOOLEAN ? 2 : 0;
    if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
      return null;
    }
    StringBuilder out = new StringBuilder(n.substring(prefix));
    for (int i = 0; i < out.length() && Character.isUpperCase(out.charAt(i)); i++) {
      out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
    }
    return out.toString();
  }

  /** What is known of one property while the members are scanned. */
  private static final class Candidate {
    final String name;
    final List<Element> holders = new ArrayList<>();
    TypeMirror type;
    boolean visible;
    String description = "";

    Candidate(String name) {
      this.name = name;
    }
  }
}
