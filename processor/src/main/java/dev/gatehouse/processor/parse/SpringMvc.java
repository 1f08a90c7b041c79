package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.Parameter;
import dev.gatehouse.processor.model.ParameterLocation;
import dev.gatehouse.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Spring MVC's vocabulary, read by name: an interface is a Spring endpoint when it or one of its
 * methods carries {@code @RequestMapping} or a composed {@code @GetMapping} ...
 * {@code @PatchMapping}; each mapped method is one operation with exactly one path and one HTTP
 * method.
 */
final class SpringMvc {
  private static final Map<String, ParameterLocation> SOURCES =
      Map.of(
          Names.PATH_VARIABLE, ParameterLocation.PATH,
          Names.REQUEST_PARAM, ParameterLocation.QUERY,
          Names.REQUEST_HEADER, ParameterLocation.HEADER,
          Names.COOKIE_VALUE, ParameterLocation.COOKIE);

  private final AnnotationReader reader;
  private final Reporter reporter;
  private final ValidationRules rules;

  SpringMvc(AnnotationReader reader, Reporter reporter) {
    this.reader = reader;
    this.reporter = reporter;
    this.rules = new ValidationRules(reader);
  }

  /** A parameter bound by {@code @PathVariable}, {@code @RequestParam} ... */
  record Binding(
      String name, ParameterLocation in, boolean required, String defaultValue, Ann ann) {}

  /** Whether the interface or one of its own methods carries a Spring MVC mapping. */
  boolean isEndpoint(Element type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      return false;
    }
    if (mapping(type).isPresent()) {
      return true;
    }
    return type.getEnclosedElements().stream()
        .anyMatch(e -> e.getKind() == ElementKind.METHOD && mapping(e).isPresent());
  }

  /** The Spring mapping annotation on the element, if any. */
  Optional<Ann> mapping(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = reader.name(mirror);
      if (name.equals(Names.REQUEST_MAPPING) || Names.SPRING_VERB_MAPPINGS.containsKey(name)) {
        return reader.find(element, name);
      }
    }
    return Optional.empty();
  }

  /**
   * The HTTP methods a mapped method serves, with their positions: the composed mapping's verb, or
   * {@code @RequestMapping}'s {@code method} values (none when it names none).
   */
  List<Ann.Located<String>> httpMethods(Element method) {
    Optional<Ann> mapping = mapping(method);
    if (mapping.isEmpty()) {
      return List.of();
    }
    String verb = Names.SPRING_VERB_MAPPINGS.get(mapping.get().type());
    if (verb != null) {
      return List.of(new Ann.Located<>(verb, mapping.get().where()));
    }
    return mapping.get().strings("method");
  }

  /** Every path of a type's or method's mapping ({@code value} and {@code path}), in order. */
  List<Ann.Located<String>> paths(Element element) {
    Optional<Ann> mapping = mapping(element);
    if (mapping.isEmpty()) {
      return List.of();
    }
    List<Ann.Located<String>> paths = new ArrayList<>(mapping.get().strings("value"));
    paths.addAll(mapping.get().strings("path"));
    return paths;
  }

  /**
   * The path Spring MVC serves for a type-level and a method-level mapping path, as its {@code
   * PathPattern} combines them: each gets a leading {@code /}, and the two are joined with exactly
   * one {@code /} between them; nothing else is normalised.
   */
  static String servedPath(String type, String method) {
    String a = leadingSlash(type);
    String b = leadingSlash(method);
    if (a.isEmpty()) {
      return b.isEmpty() ? "/" : b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.endsWith("/") ? a + b.substring(1) : a + b;
  }

  private static String leadingSlash(String path) {
    return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
  }

  /**
   * Whether a path as Spring serves it differs in its slashes from its normalised spelling: a
   * trailing {@code /} (other than the root) or an empty segment, outside variables.
   */
  static boolean hasUnnormalisedSlashes(String path) {
    String s = PathTemplate.outsideVariables(path);
    return s.contains("//") || (s.length() > 1 && s.endsWith("/"));
  }

  /** The position of the mapping, for messages about the whole route. */
  SourceRef where(Element element) {
    return mapping(element).map(Ann::where).orElse(SourceRef.of(element));
  }

  /** The {@code produces} or {@code consumes} of the method's mapping, else of the type's. */
  List<String> mediaTypes(Element method, Element type, String attribute) {
    for (Element e : List.of(method, type)) {
      Optional<Ann> mapping = mapping(e);
      if (mapping.isPresent() && !mapping.get().strings(attribute).isEmpty()) {
        return mapping.get().strings(attribute).stream().map(Ann.Located::value).toList();
      }
    }
    return List.of();
  }

  /** The parameter's binding; its name defaults to the Java parameter's, as Spring does. */
  Optional<Binding> binding(VariableElement p) {
    for (Map.Entry<String, ParameterLocation> source : SOURCES.entrySet()) {
      Optional<Ann> found = reader.find(p, source.getKey());
      if (found.isEmpty()) {
        continue;
      }
      Ann ann = found.get();
      String name = ann.string("value").isEmpty() ? ann.string("name") : ann.string("value");
      if (name.isEmpty()) {
        name = p.getSimpleName().toString();
      }
      String defaultValue =
          source.getValue() == ParameterLocation.PATH ? null : ann.string("defaultValue");
      if (Names.SPRING_DEFAULT_NONE.equals(defaultValue)) {
        defaultValue = null;
      }
      boolean required =
          source.getValue() == ParameterLocation.PATH
              || (ann.bool("required") && defaultValue == null && !isOptional(p));
      return Optional.of(new Binding(name, source.getValue(), required, defaultValue, ann));
    }
    return Optional.empty();
  }

  /** Whether the parameter is Spring's request body. */
  boolean isBody(VariableElement p) {
    return reader.find(p, Names.REQUEST_BODY).isPresent();
  }

  private static boolean isOptional(VariableElement p) {
    return p.asType().getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) p.asType()).asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional");
  }

  /** Whether the method carries a Spring mapping (and so follows Spring's binding rules). */
  boolean isMapped(ExecutableElement method) {
    return mapping(method).isPresent();
  }

  /** A Spring MVC {@code @PathVariable}, {@code @RequestParam} ... parameter. */
  Optional<Parameter> parameter(
      VariableElement p, TypeMirror resolved, PathTemplate template, String description) {
    Optional<SpringMvc.Binding> found = binding(p);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SpringMvc.Binding b = found.get();
    if (b.in() == ParameterLocation.PATH && !template.variables().contains(b.name())) {
      reporter.report(
          Diagnostic.UNKNOWN_PATH_PARAM,
          b.ann().isExplicit("value") ? b.ann().ref("value") : b.ann().ref("name"),
          "@PathVariable(\"" + b.name() + "\")",
          template.path(),
          template.variables().isEmpty() ? "none" : String.join(", ", template.variables()),
          "@RequestMapping");
    }
    TypeMirror type = resolved;
    if (type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional")
        && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      type = ((DeclaredType) type).getTypeArguments().get(0);
    }
    var schema = rules.parameter(p, TypeSchemas.of(type));
    if (b.defaultValue() != null) {
      if (!DefaultValues.reportMismatch(
          schema,
          b.defaultValue(),
          true,
          b.in(),
          b.name(),
          b.ann().ref("defaultValue"),
          reporter)) {
        schema = schema.withDefault(DefaultValues.asDocumented(schema, b.defaultValue(), true));
      }
    }
    // @RequestParam(required = false) @NotNull still rejects a missing value (with a 400).
    boolean required = b.required() || (rules.notNull(List.of(p)) && b.defaultValue() == null);
    return Optional.of(
        new Parameter(b.name(), b.in(), required, schema, description, b.ann().where()));
  }
}
