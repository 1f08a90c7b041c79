package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.ComponentSchema;
import dev.gatehouse.processor.model.DeclaredSecurity;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.Parameter;
import dev.gatehouse.processor.model.ParameterLocation;
import dev.gatehouse.processor.model.RequestBody;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.SourceRef;
import dev.gatehouse.processor.model.StepUpDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns one endpoint interface (JAX-RS {@code @Path} or Spring MVC mappings) into an {@link
 * EndpointInterface}: its operations and those of its superinterfaces, with paths, parameters,
 * media types and each operation's effective security.
 */
public final class EndpointParser {
  private final AnnotationReader reader;
  private final RequirementParser requirements;
  private final Reporter reporter;
  private final Types types;
  private final JavaDocs docs;
  private final SchemaReader schemas;
  private final OperationContent content;
  private final SpringMvc spring;
  private final JaxRsParameters jaxRs;
  private final Set<SourceRef> reportedPaths = new HashSet<>();

  public EndpointParser(Elements elements, Types types, Reporter reporter) {
    this.reader = new AnnotationReader(elements);
    this.requirements = new RequirementParser(reader, reporter);
    this.reporter = reporter;
    this.types = types;
    this.docs = new JavaDocs(elements, types);
    this.schemas = new SchemaReader(reader, types, docs, reporter);
    this.content = new OperationContent(schemas, reader, schemas.beans());
    this.spring = new SpringMvc(reader, reporter);
    this.jaxRs = new JaxRsParameters(reader, reporter);
  }

  /**
   * The component schemas of every body and response type of the endpoints parsed so far, by key;
   * each is built once per parser, that is once per compilation.
   */
  public SortedMap<String, ComponentSchema> schemas() {
    return schemas.components();
  }

  /**
   * Javadoc a previous compilation used, for elements that come from class files in this one (see
   * {@code IncrementalIndex}); {@code fromSource} tells elements compiled from source.
   */
  public void useStoredDocs(
      Map<String, StoredDoc> comments, java.util.function.Predicate<Element> fromSource) {
    docs.useStored(comments, fromSource);
  }

  /** Every doc comment this parser read, by element key, for the next compilation. */
  public SortedMap<String, StoredDoc> docComments() {
    return docs.comments();
  }

  /**
   * Whether the type is an endpoint interface: an interface with JAX-RS {@code @Path}, or one that
   * it or one of its methods maps with Spring MVC's {@code @RequestMapping} or {@code @GetMapping}
   * ...
   */
  public boolean isEndpoint(Element element) {
    return element.getKind() == ElementKind.INTERFACE
        && (reader.findAny(element, Names.PATH).isPresent() || spring.isEndpoint(element));
  }

  /**
   * Whether the type is a Spring MVC endpoint only through its methods' mappings: no type-level
   * {@code @RequestMapping} and no JAX-RS {@code @Path}.
   */
  public boolean isMethodMappedSpringInterface(Element element) {
    return spring.isEndpoint(element)
        && spring.mapping(element).isEmpty()
        && reader.findAny(element, Names.PATH).isEmpty();
  }

  /**
   * Whether the method is an operation: a JAX-RS method (an {@code @HttpMethod}-annotated
   * annotation) or a Spring MVC mapped method.
   */
  public boolean isOperation(Element element) {
    return element.getKind() == ElementKind.METHOD
        && (httpMethod(element).isPresent() || spring.mapping(element).isPresent());
  }

  /** A requirement annotation written on an element, by its simple name, for messages. */
  public record Placement(String annotation, SourceRef where) {}

  /** The first requirement annotation written on the element, if any. */
  public Optional<Placement> requirementAnnotation(Element element) {
    for (String name : Names.REQUIREMENTS) {
      List<Ann> found = reader.all(element, name);
      if (!found.isEmpty()) {
        return Optional.of(
            new Placement("@" + name.substring(name.lastIndexOf('.') + 1), found.get(0).where()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the interface has something javac could not resolve yet (a type or a constant a later
   * round generates): in its own annotations, its superinterfaces, or its operations' signatures
   * and annotations.
   */
  public boolean hasUnresolvedTypes(TypeElement endpoint) {
    if (ErroneousCode.inAnnotations(endpoint)
        || unresolvedSuperinterface(endpoint, new HashSet<>())) {
      return true;
    }
    for (ExecutableElement method : allMethods(endpoint)) {
      if (ErroneousCode.in(method)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first type of the interface that javac cannot resolve, in a superinterface or an
   * operation's signature, with where it is used, e.g. {@code "lib.Dto (in lib.BaseApi.base())"}.
   */
  public Optional<String> unresolvedType(TypeElement endpoint) {
    List<TypeElement> supertypes = new ArrayList<>();
    supertypes.add(endpoint);
    for (int i = 0; i < supertypes.size(); i++) {
      for (TypeMirror parent : supertypes.get(i).getInterfaces()) {
        Optional<TypeMirror> bad = ErroneousCode.erroneousPart(parent);
        if (bad.isPresent()) {
          return Optional.of(
              bad.get() + " (a superinterface of " + Reporter.describe(supertypes.get(i)) + ")");
        }
        if (parent.getKind() == TypeKind.DECLARED) {
          supertypes.add((TypeElement) ((DeclaredType) parent).asElement());
        }
      }
    }
    for (ExecutableElement method : allMethods(endpoint)) {
      List<TypeMirror> used = new ArrayList<>();
      used.add(method.getReturnType());
      method.getParameters().forEach(p -> used.add(p.asType()));
      used.addAll(method.getThrownTypes());
      method.getTypeParameters().forEach(t -> used.addAll(t.getBounds()));
      for (TypeMirror type : used) {
        Optional<TypeMirror> bad = ErroneousCode.erroneousPart(type);
        if (bad.isPresent()) {
          return Optional.of(bad.get() + " (in " + Reporter.describe(method) + ")");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean unresolvedSuperinterface(TypeElement type, Set<String> visited) {
    if (!visited.add(type.getQualifiedName().toString())) {
      return false;
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED
          && ErroneousCode.inAnnotations(((DeclaredType) parent).asElement())) {
        return true;
      }
      if (ErroneousCode.in(parent)
          || (parent.getKind() == TypeKind.DECLARED
              && unresolvedSuperinterface(
                  (TypeElement) ((DeclaredType) parent).asElement(), visited))) {
        return true;
      }
    }
    return false;
  }

  public EndpointInterface parse(TypeElement endpoint) {
    Optional<Ann> endpointPathAnn = reader.findAny(endpoint, Names.PATH);
    String basePath = endpointPathAnn.map(a -> a.string("value")).orElse("");
    Optional<SourceRef> endpointPath = endpointPathAnn.map(a -> a.ref("value"));
    DeclaredSecurity endpointSecurity = requirements.parse(endpoint);
    Map<String, DeclaredSecurity> typeSecurity = new LinkedHashMap<>();
    typeSecurity.put(endpoint.getQualifiedName().toString(), endpointSecurity);
    List<Operation> operations = new ArrayList<>();
    Set<SourceRef> usedOptional = new HashSet<>();
    List<SourceRef> writtenOptional = new ArrayList<>();
    if (endpointSecurity.optional() != null) {
      writtenOptional.add(endpointSecurity.optional());
    }
    List<Ann.Located<String>> basePaths = new ArrayList<>();
    if (endpointPathAnn.isPresent()) {
      basePaths.add(new Ann.Located<>(basePath, endpointPath.orElse(SourceRef.of(endpoint))));
    } else {
      basePaths.addAll(spring.paths(endpoint));
    }
    if (basePaths.isEmpty()) {
      basePaths.add(new Ann.Located<>("", SourceRef.of(endpoint)));
    }
    for (ExecutableElement method : allMethods(endpoint)) {
      boolean springMapped = spring.isMapped(method);
      List<Ann.Located<String>> verbs = httpMethods(method);
      if (verbs.isEmpty() && springMapped) {
        reporter.report(
            Diagnostic.MISSING_HTTP_METHOD, spring.where(method), Reporter.describe(method));
        continue;
      }
      if (verbs.isEmpty()) {
        continue;
      }
      if (!springMapped && verbs.size() > 1) {
        reporter.report(
            Diagnostic.CONFLICTING_HTTP_METHODS,
            verbs.get(1).where(),
            Reporter.describe(method),
            verbs.stream().map(Ann.Located::value).toList());
        verbs = verbs.subList(0, 1);
      }
      TypeElement declaring = (TypeElement) method.getEnclosingElement();
      DeclaredSecurity declaringSecurity =
          typeSecurity.computeIfAbsent(
              declaring.getQualifiedName().toString(), k -> requirements.parse(declaring));
      DeclaredSecurity own = requirements.parse(method);
      if (own.optional() != null) {
        writtenOptional.add(own.optional());
      }
      SecurityPolicy policy = policy(own, endpointSecurity, declaringSecurity, usedOptional);
      policy = policy.withStepUp(stepUp(method, endpoint, declaring, policy));
      // Spring maps one Java method to every combination of its type's and its own paths and
      // HTTP methods; each is one documented operation with the same security.
      List<Ann.Located<String>> methodPaths = new ArrayList<>();
      if (springMapped) {
        methodPaths.addAll(spring.paths(method));
      } else {
        reader
            .findAny(method, Names.PATH)
            .ifPresent(a -> methodPaths.add(new Ann.Located<>(a.string("value"), a.ref("value"))));
      }
      if (methodPaths.isEmpty()) {
        methodPaths.add(new Ann.Located<>("", SourceRef.of(method)));
      }
      for (Ann.Located<String> verb : verbs) {
        for (Ann.Located<String> base : basePaths) {
          for (Ann.Located<String> sub : methodPaths) {
            operations.add(operation(endpoint, base, sub, method, verb.value(), policy));
          }
        }
      }
    }
    for (SourceRef optional : writtenOptional) {
      if (usedOptional.contains(optional)) {
        continue;
      }
      // The interface has a requirement to make optional, but no operation inherits it.
      boolean interfaceHasRequirement =
          optional.equals(endpointSecurity.optional())
              && !endpointSecurity.alternatives().isEmpty();
      reporter.report(
          interfaceHasRequirement
              ? Diagnostic.OPTIONAL_APPLIES_TO_NO_OPERATION
              : Diagnostic.OPTIONAL_WITHOUT_REQUIREMENT,
          optional,
          Reporter.describe(optional.element()));
    }
    return new EndpointInterface(
        endpoint.getQualifiedName().toString(),
        endpoint.getSimpleName().toString(),
        docs.of(endpoint).text(),
        operations,
        SourceRef.of(endpoint));
  }

  /**
   * The operation's {@code @StepUp}: the method's own, else (unless the operation is
   * {@code @Public}) the endpoint interface's, else that of the superinterface declaring the
   * method.
   */
  private StepUpDecl stepUp(
      ExecutableElement method,
      TypeElement endpoint,
      TypeElement declaring,
      SecurityPolicy policy) {
    Optional<Ann> own = reader.find(method, Names.STEP_UP);
    if (own.isPresent()) {
      return stepUp(own.get());
    }
    if (policy.mode() == SecurityPolicy.Mode.PUBLIC) {
      return null;
    }
    return reader
        .find(endpoint, Names.STEP_UP)
        .or(() -> reader.find(declaring, Names.STEP_UP))
        .map(EndpointParser::stepUp)
        .orElse(null);
  }

  private static StepUpDecl stepUp(Ann ann) {
    List<StepUpDecl.AcrValue> acr = new ArrayList<>();
    for (Ann.Located<String> value : ann.strings("acrValues")) {
      acr.add(new StepUpDecl.AcrValue(value.value(), value.where()));
    }
    return new StepUpDecl(
        acr,
        ann.isExplicit("acrValues"),
        ann.integer("maxAge"),
        ann.isExplicit("maxAge"),
        ann.where(),
        ann.ref("acrValues"),
        ann.ref("maxAge"));
  }

  /**
   * The method's own requirement replaces the interface's; without one, the endpoint interface's
   * applies, or else the requirement of the superinterface that declares the method.
   */
  private SecurityPolicy policy(
      DeclaredSecurity own,
      DeclaredSecurity endpoint,
      DeclaredSecurity declaring,
      Set<SourceRef> usedOptional) {
    DeclaredSecurity inherited = endpoint.replacesInherited() ? endpoint : declaring;
    DeclaredSecurity effective = own.replacesInherited() ? own : inherited;
    if (effective.publicRef() != null) {
      return SecurityPolicy.PUBLIC;
    }
    SourceRef optional = own.optional();
    if (optional == null && !own.replacesInherited()) {
      optional = inherited.optional() != null ? inherited.optional() : endpoint.optional();
    }
    if (effective.alternatives().isEmpty()) {
      return SecurityPolicy.UNDECLARED;
    }
    if (optional != null) {
      usedOptional.add(optional);
    }
    return new SecurityPolicy(
        SecurityPolicy.Mode.REQUIRED, effective.alternatives(), optional != null);
  }

  private Operation operation(
      TypeElement endpoint,
      Ann.Located<String> base,
      Ann.Located<String> sub,
      ExecutableElement method,
      String httpMethod,
      SecurityPolicy policy) {
    boolean springMapped = spring.isMapped(method);
    PathTemplate template = PathTemplate.join(base.value(), sub.value());
    SourceRef templateRef = sub.value().isEmpty() ? base.where() : sub.where();
    template
        .problem()
        .ifPresent(
            why ->
                reporter.report(
                    Diagnostic.INVALID_PATH_TEMPLATE, templateRef, template.path(), why));
    if (!springMapped) {
      // Issue 14: Jersey serves @Path("a//b") at "a//b" only, never the "/a/b" documented.
      for (Ann.Located<String> part : List.of(base, sub)) {
        if (PathTemplate.hasInnerEmptySegment(part.value()) && reportedPaths.add(part.where())) {
          reporter.report(
              Diagnostic.EMPTY_PATH_SEGMENT,
              part.where(),
              SourceRef.of(endpoint),
              part.value(),
              template.path());
        }
      }
    }
    if (springMapped) {
      // Issue 14: Spring serves "/e/items/" for @RequestMapping("/e") + @GetMapping("items/"),
      // never the "/e/items" the document would list.
      String served = SpringMvc.servedPath(base.value(), sub.value());
      if (SpringMvc.hasUnnormalisedSlashes(served)) {
        boolean subIsWrong =
            !sub.value().isEmpty()
                && SpringMvc.hasUnnormalisedSlashes(SpringMvc.servedPath("", sub.value()));
        SourceRef where = subIsWrong ? sub.where() : base.where();
        if (reportedPaths.add(where)) {
          reporter.report(
              Diagnostic.SPRING_PATH_NOT_SERVED,
              where,
              SourceRef.of(endpoint),
              httpMethod + " " + endpoint.getQualifiedName() + "." + method.getSimpleName() + "()",
              served,
              template.path());
        }
      }
    }
    JavaDocs.Doc doc = docs.of(method);
    List<Parameter> parameters = new ArrayList<>();
    RequestBody body = null;
    boolean tokenForm = false;
    List<VariableElement> formFields = new ArrayList<>();
    Set<String> boundPathVariables = new HashSet<>();
    // Inherited from a generic superinterface, the types are those of the endpoint's arguments.
    ExecutableType signature = memberOf(endpoint, method);
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement p = method.getParameters().get(i);
      TypeMirror type = signature.getParameterTypes().get(i);
      Optional<Parameter> parameter =
          springMapped
              ? spring.parameter(p, type, template, doc.param(p.getSimpleName().toString()))
              : jaxRs.parameter(p, type, template, doc.param(p.getSimpleName().toString()));
      if (springMapped) {
        // Spring binds a body only from @RequestBody; other parameters (the request, a model
        // attribute, an Authentication ...) are neither parameters nor bodies of the document.
        parameter.ifPresent(parameters::add);
        parameter
            .filter(x -> x.in() == ParameterLocation.PATH)
            .ifPresent(x -> boundPathVariables.add(x.name()));
        if (parameter.isEmpty() && spring.isBody(p) && body == null) {
          body = content.entity(type, doc.param(p.getSimpleName().toString()));
          tokenForm = OperationContent.isTokenForm(type);
        }
      } else if (parameter.isPresent()) {
        parameters.add(parameter.get());
        if (parameter.get().in() == ParameterLocation.PATH) {
          boundPathVariables.add(parameter.get().name());
        }
      } else if (reader.findAny(p, Names.FORM_PARAM).isPresent()) {
        formFields.add(p);
      } else if (reader.findAny(p, Names.NOT_A_BODY).isEmpty() && body == null) {
        body = content.entity(type, doc.param(p.getSimpleName().toString()));
        tokenForm = OperationContent.isTokenForm(type);
      }
    }
    if (!formFields.isEmpty()) {
      body = content.form(formFields, doc);
      tokenForm = false;
    }
    // Every template variable must be documented; a variable without @PathParam is a string.
    for (String variable : template.variables()) {
      if (boundPathVariables.add(variable)) {
        parameters.add(
            new Parameter(
                variable,
                ParameterLocation.PATH,
                true,
                TypeSchemas.string(),
                "",
                SourceRef.of(method)));
      }
    }
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    return new Operation(
        httpMethod,
        template.path(),
        method.getSimpleName().toString(),
        Signatures.of(method, types, reader.elements()),
        declaring.getQualifiedName().toString(),
        parameters,
        springMapped
            ? spring.mediaTypes(method, endpoint, "produces")
            : jaxRs.mediaTypes(method, endpoint, declaring, Names.PRODUCES),
        springMapped
            ? spring.mediaTypes(method, endpoint, "consumes")
            : jaxRs.mediaTypes(method, endpoint, declaring, Names.CONSUMES),
        body,
        content.response(signature.getReturnType(), doc.returns(), tokenForm),
        doc.summary(),
        doc.rest(),
        reader.find(method, "java.lang.Deprecated").isPresent() || doc.deprecated(),
        policy,
        SourceRef.of(method));
  }

  /** The method's signature as a member of the endpoint, type arguments substituted. */
  private ExecutableType memberOf(TypeElement endpoint, ExecutableElement method) {
    try {
      return (ExecutableType) types.asMemberOf((DeclaredType) endpoint.asType(), method);
    } catch (IllegalArgumentException e) {
      return (ExecutableType) method.asType();
    }
  }

  private Optional<String> httpMethod(Element method) {
    return httpMethods(method).stream().findFirst().map(Ann.Located::value);
  }

  /** Every HTTP method annotation on the method (JAX-RS or Spring), with its position. */
  private List<Ann.Located<String>> httpMethods(Element method) {
    List<Ann.Located<String>> out = new ArrayList<>(spring.httpMethods(method));
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      reader
          .metaValue(mirror, Names.HTTP_METHOD)
          .ifPresent(verb -> out.add(new Ann.Located<>(verb, new SourceRef(method, mirror, null))));
    }
    return out;
  }

  /**
   * The abstract and default methods of the interface and its superinterfaces, most specific first;
   * a superinterface method that a more specific one overrides is left out.
   */
  private List<ExecutableElement> allMethods(TypeElement endpoint) {
    List<ExecutableElement> out = new ArrayList<>();
    collect(endpoint, endpoint, out, new HashSet<>());
    return out;
  }

  private void collect(
      TypeElement type, TypeElement endpoint, List<ExecutableElement> out, Set<String> visited) {
    if (!visited.add(type.getQualifiedName().toString())) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      boolean overridden =
          out.stream().anyMatch(o -> reader.elements().overrides(o, method, endpoint));
      if (!overridden) {
        out.add(method);
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) parent).asElement(), endpoint, out, visited);
      }
    }
  }
}
