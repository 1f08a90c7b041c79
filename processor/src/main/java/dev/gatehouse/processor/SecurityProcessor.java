package dev.gatehouse.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.SourceRef;
import dev.gatehouse.processor.openapi.DocumentSettings;
import dev.gatehouse.processor.openapi.OpenApiAssembler;
import dev.gatehouse.processor.openapi.OpenApiWriter;
import dev.gatehouse.processor.openapi.ResourceMetadataAssembler;
import dev.gatehouse.processor.parse.EndpointParser;
import dev.gatehouse.processor.parse.ErroneousCode;
import dev.gatehouse.processor.parse.Names;
import dev.gatehouse.processor.parse.SchemeParser;
import dev.gatehouse.processor.validate.EndpointValidator;
import dev.gatehouse.processor.write.ExtractorWriter;
import dev.gatehouse.processor.write.GeneratedNames;
import dev.gatehouse.processor.write.GlueWriter;
import dev.gatehouse.processor.write.WiringOption;
import dev.gatehouse.processor.write.WiringWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Gatehouse's annotation processor: security declarations in, compile errors or an OpenAPI document
 * out.
 *
 * <p>Each round, {@link SchemeParser} reads the scheme annotations on every type and package into
 * the global scheme set, and {@link EndpointParser} turns every JAX-RS endpoint interface into an
 * immutable model (interfaces whose types javac cannot resolve yet wait for the next round).
 * Requirements on elements that are not endpoints are reported at once. When processing is over,
 * {@link EndpointValidator} checks the whole model (unknown schemes and scopes, conflicting
 * schemes, duplicate routes ...) and, only if no error was reported by anyone, {@link
 * OpenApiAssembler} (with the body schemas the parser built, once per type, along the way) and
 * {@link OpenApiWriter} write {@code META-INF/openapi.json} once, with every contributing type as
 * an originating element. No exception ever reaches javac: a failure becomes one {@code
 * [SecInternalError]} on the element being processed.
 */
@AutoService(Processor.class)
public final class SecurityProcessor extends AbstractProcessor {
  private static final String PACKAGE_INFO = ".package-info";

  private Reporter reporter;
  private SchemeParser schemeParser;
  private EndpointParser endpointParser;
  private EndpointParser glueParser;
  private Reporter glueReporter;
  private Set<String> suppressedEverywhere;
  // The model each endpoint's glue was written from, by name, for the document (see finish).
  private final java.util.Map<String, EndpointInterface> glueModels = new java.util.HashMap<>();
  private final Set<String> written = new TreeSet<>();
  // Endpoints whose types all resolved in an earlier round (what resolved stays resolved).
  private final Set<String> resolvedEndpoints = new TreeSet<>();
  private boolean foreignAfterGlue;
  // The supported annotations javac found in the current round.
  private Set<? extends TypeElement> present = Set.of();
  private Optional<DocumentSettings> settings;

  /** {@code -Agatehouse.refusals=problem}: RFC 9457 bodies, in the document and at run time. */
  private boolean problemRefusals;

  private WiringOption wiring;
  private boolean wiringWritten;
  private ErroneousCode.Annotations unresolvedAnnotations;
  private Optional<com.sun.source.util.Trees> trees;

  // Only names survive rounds: javac re-creates elements and mirrors between rounds, and
  // diagnostics on stale ones land on the wrong line, so the final round looks everything up again.
  private final Set<String> schemeHolders = new TreeSet<>();
  private final Set<String> deferredHolders = new TreeSet<>();
  private final Set<String> rootNames = new TreeSet<>();
  private final Set<String> endpointNames = new TreeSet<>();
  private final Set<String> deferred = new TreeSet<>();
  private final Set<String> schemesWritten = new TreeSet<>();
  private final Set<String> generatedSchemes = new TreeSet<>();
  private final Set<String> generatedEndpoints = new TreeSet<>();
  // The previous compilation's index, read in the first round; null before that.
  private IncrementalIndex previous;

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    suppressedEverywhere =
        DocumentSettings.list(
            java.util.Objects.requireNonNullElse(
                env.getOptions().get(DocumentSettings.SUPPRESS_WARNINGS), ""));
    reporter = Reporter.forEnvironment(env, suppressedEverywhere);
    schemeParser = new SchemeParser(env.getElementUtils());
    endpointParser = new EndpointParser(env.getElementUtils(), env.getTypeUtils(), reporter);
    unresolvedAnnotations = ErroneousCode.Annotations.forEnvironment(env);
    try {
      trees = Optional.of(com.sun.source.util.Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      trees = Optional.empty();
    }
    glueReporter = Reporter.silent(suppressedEverywhere);
    glueParser = new EndpointParser(env.getElementUtils(), env.getTypeUtils(), glueReporter);
    settings =
        DocumentSettings.read(
            env.getOptions(),
            (option, value, why) ->
                reporter.report(Diagnostic.INVALID_OPTION, null, option, value, why));
    problemRefusals =
        DocumentSettings.problemRefusals(
            env.getOptions(),
            (option, value, why) ->
                reporter.report(Diagnostic.INVALID_OPTION, null, option, value, why));
    wiring =
        WiringOption.read(
            env.getOptions(),
            (option, value, why) ->
                reporter.report(Diagnostic.INVALID_OPTION, null, option, value, why));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return new LinkedHashSet<>(Names.supportedAnnotationTypes());
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new TreeSet<>(DocumentSettings.OPTIONS);
    options.add(WiringOption.OPTION);
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      present = annotations;
      for (Element root : round.getRootElements()) {
        if (root instanceof QualifiedNameable named) {
          reporter.addSourceType(named.getQualifiedName().toString());
        }
        rootNames.add(holderName(root));
        // A type someone else generated after glue was written may complete what that glue's
        // model saw incomplete (a body type's component, say): the document is then parsed anew.
        foreignAfterGlue |= !glueModels.isEmpty() && !written.contains(holderName(root));
      }
      boolean firstRound = previous == null;
      if (firstRound) {
        previous = IncrementalIndex.read(processingEnv.getFiler());
        endpointParser.useStoredDocs(previous.docs(), fromSource());
        glueParser.useStoredDocs(previous.docs(), fromSource());
      }
      collectSchemes(round, firstRound);
      collectEndpoints(round, firstRound);
      checkRequirementPlacement(round);
      if (round.processingOver()) {
        finish(round);
      }
    } catch (RuntimeException | Error e) {
      reporter.reportCrash(null, e);
    }
    return false;
  }

  private void collectSchemes(RoundEnvironment round, boolean firstRound) {
    List<Element> fresh = new ArrayList<>();
    for (Element holder : annotated(round, Names.schemeAnnotationTypes())) {
      if (schemeHolders.add(holderName(holder))) {
        fresh.add(holder);
      }
    }
    if (firstRound) {
      // Holders the previous compilation saw that are only class files now (incremental build);
      // a deleted one is gone from the class path, one that lost its schemes no longer counts.
      for (String name : previous.schemeHolders()) {
        Element holder = lookUp(name);
        if (holder != null && declaresSchemes(holder) && schemeHolders.add(name)) {
          fresh.add(holder);
        }
      }
    }
    for (String name : deferredHolders) {
      Element holder = lookUp(name);
      if (holder != null) {
        fresh.add(holder);
      }
    }
    deferredHolders.clear();
    if (!generatesJava() || round.processingOver()) {
      return;
    }
    fresh.sort(java.util.Comparator.comparing(SecurityProcessor::holderName));
    for (Element holder : fresh) {
      if (ErroneousCode.inAnnotations(holder)) {
        // A value javac cannot evaluate yet (a constant a later round generates, or none).
        deferredHolders.add(holderName(holder));
        continue;
      }
      try {
        List<SecurityScheme> schemes = new ArrayList<>(schemeParser.parse(holder));
        schemes.sort(java.util.Comparator.comparing(SecurityScheme::name));
        java.util.Map<String, String> bindings = new java.util.HashMap<>();
        for (dev.gatehouse.processor.model.TokenBindingDecl b :
            schemeParser.tokenBindings(holder)) {
          bindings.putIfAbsent(b.scheme(), b.binding());
        }
        for (SecurityScheme scheme : schemes) {
          if (schemesWritten.add(scheme.name())) {
            JavaFile file =
                new ExtractorWriter().write(scheme, holder, bindings.get(scheme.name()));
            if (write(file, scheme.source(), "scheme \"" + scheme.name() + "\"")) {
              generatedSchemes.add(qualifiedName(file));
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        reporter.reportCrash(holder, e);
      }
    }
    if (deferredHolders.isEmpty()
        && !schemesWritten.isEmpty()
        && !wiringWritten
        && wiring.enabled()) {
      wiringWritten = true;
      writeWiring();
    }
  }

  /**
   * Writes the typed verifier builder of every scheme declared so far, in the round the last
   * waiting holder was read (usually the first), so that it costs no round of its own. A scheme
   * first declared later still (on a type another processor generates in a later round) is not in
   * it; its verifier is registered by name, and {@code Gatehouse.Builder.build()} names it if not.
   */
  private void writeWiring() {
    java.util.Map<String, WiringWriter.Declared> schemes = new java.util.TreeMap<>();
    for (String name : schemeHolders) {
      Element holder = lookUp(name);
      if (holder == null) {
        continue;
      }
      try {
        java.util.Set<String> dpop = new java.util.HashSet<>();
        for (dev.gatehouse.processor.model.TokenBindingDecl b :
            schemeParser.tokenBindings(holder)) {
          if (b.dpop()) {
            dpop.add(b.scheme());
          }
        }
        for (SecurityScheme scheme : schemeParser.parse(holder)) {
          schemes.putIfAbsent(
              scheme.name(),
              new WiringWriter.Declared(scheme, holder, dpop.contains(scheme.name())));
        }
      } catch (RuntimeException e) {
        reporter.reportCrash(holder, e);
        return;
      }
    }
    if (schemes.isEmpty()) {
      return;
    }
    List<WiringWriter.Declared> declared = new ArrayList<>(schemes.values());
    var name = wiring.className(declared.stream().map(WiringWriter.Declared::holder).toList());
    try {
      Optional<JavaFile> file =
          new WiringWriter()
              .write(
                  name,
                  declared,
                  clash ->
                      reporter.report(
                          Diagnostic.VERIFIER_NAME_CLASH,
                          clash.scheme().source(),
                          clash.other().name(),
                          clash.scheme().name(),
                          clash.method(),
                          name.canonicalName()));
      if (file.isPresent()) {
        write(file.get(), declared.get(0).scheme().source(), "the typed verifier builder");
      }
    } catch (IOException | RuntimeException e) {
      reporter.reportCrash(declared.get(0).holder(), e);
    }
  }

  private void collectEndpoints(RoundEnvironment round, boolean firstRound) {
    Set<String> candidates = new TreeSet<>(deferred);
    deferred.clear();
    if (firstRound) {
      // Endpoints of the previous compilation that are only class files now (incremental build).
      for (String name : previous.endpoints()) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type != null && endpointParser.isEndpoint(type)) {
          candidates.add(name);
        }
      }
    }
    for (Element annotatedElement : annotated(round, Names.pathAnnotationTypes())) {
      // Spring MVC may map only the methods; their interface is then the endpoint.
      Element element =
          annotatedElement.getKind() == ElementKind.METHOD
              ? annotatedElement.getEnclosingElement()
              : annotatedElement;
      if (endpointParser.isEndpoint(element)) {
        candidates.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
    Set<String> known = new TreeSet<>(candidates);
    known.addAll(endpointNames);
    for (String name : candidates) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null || endpointNames.contains(name) || isSpringBase(type, known)) {
        continue;
      }
      if (!round.processingOver() && endpointParser.hasUnresolvedTypes(type)) {
        // A type another processor generates in a later round; try again then.
        deferred.add(name);
        continue;
      }
      endpointNames.add(name);
      if (!round.processingOver()) {
        resolvedEndpoints.add(name);
      }
      if (generatesJava() && !round.processingOver()) {
        writeGlue(type);
      }
    }
  }

  /**
   * Whether {@code type} maps only methods with Spring MVC (no type-level mapping) and another
   * endpoint interface among {@code endpoints} extends it. Spring serves such a base only through
   * the controllers of the interfaces that extend it, so, as a JAX-RS interface without
   * {@code @Path}, it is documented only through them (issue 14); a type-level
   * {@code @RequestMapping} makes it an endpoint of its own.
   */
  private boolean isSpringBase(TypeElement type, Set<String> endpoints) {
    if (!endpointParser.isMethodMappedSpringInterface(type)) {
      return false;
    }
    var types = processingEnv.getTypeUtils();
    var base = types.erasure(type.asType());
    for (String name : endpoints) {
      TypeElement other = processingEnv.getElementUtils().getTypeElement(name);
      if (other != null
          && !other.equals(type)
          && types.isSubtype(types.erasure(other.asType()), base)) {
        return true;
      }
    }
    return false;
  }

  /** Writes the security glue of one endpoint in its round; the final round reports errors. */
  private void writeGlue(TypeElement type) {
    try {
      EndpointInterface endpoint = glueParser.parse(type);
      glueModels.put(type.getQualifiedName().toString(), endpoint);
      String title = settings.orElse(DocumentSettings.DEFAULTS).title();
      String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
      JavaFile file = new GlueWriter().write(endpoint, type, binaryName, title, problemRefusals);
      if (write(file, SourceRef.of(type), "endpoint " + Reporter.describe(type))) {
        generatedEndpoints.add(qualifiedName(file));
      }
    } catch (IOException | RuntimeException e) {
      reporter.reportCrash(type, e);
    }
  }

  /**
   * Writes a generated class; when javac refuses because a type of that name is already declared in
   * the sources (or generated by another processor), reports that instead of a crash.
   */
  private boolean write(JavaFile file, SourceRef origin, String purpose) throws IOException {
    try {
      file.writeTo(processingEnv.getFiler());
      written.add(qualifiedName(file));
      return true;
    } catch (FilerException e) {
      reporter.report(Diagnostic.GENERATED_NAME_TAKEN, origin, qualifiedName(file), purpose);
      return false;
    }
  }

  /** The binary name of a generated top-level class; the unnamed package has no prefix. */
  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  /** Whether {@code gatehouse-runtime} is on the class path, so generated code can compile. */
  private boolean generatesJava() {
    return processingEnv.getElementUtils().getTypeElement(GeneratedNames.RUNTIME_MARKER) != null;
  }

  private void checkRequirementPlacement(RoundEnvironment round) {
    for (Element element : annotated(round, Names.requirementAnnotationTypes())) {
      boolean ok =
          element.getKind() == ElementKind.INTERFACE
              || (element.getKind() == ElementKind.METHOD
                  && element.getEnclosingElement().getKind() == ElementKind.INTERFACE
                  && endpointParser.isOperation(element));
      if (!ok) {
        // On a record component, javac moves the annotation to the implicit accessor, which has
        // no source position of its own; the component's field has one.
        Optional<Element> component = recordComponentOf(element);
        endpointParser
            .requirementAnnotation(element)
            .ifPresent(
                found ->
                    reporter.report(
                        Diagnostic.NOT_AN_ENDPOINT,
                        component.map(SourceRef::of).orElse(found.where()),
                        found.annotation(),
                        Reporter.describe(element)));
      }
    }
  }

  /** The field of the record component whose implicit (not written) accessor the method is. */
  private Optional<Element> recordComponentOf(Element method) {
    if (method.getKind() != ElementKind.METHOD
        || method.getEnclosingElement().getKind() != ElementKind.RECORD
        || trees.map(t -> t.getTree(method) != null).orElse(false)) {
      return Optional.empty();
    }
    // javac gives record components no position, but the component's private field has one.
    List<? extends Element> members = method.getEnclosingElement().getEnclosedElements();
    for (RecordComponentElement c : ElementFilter.recordComponentsIn(members)) {
      if (method.equals(c.getAccessor())) {
        return ElementFilter.fieldsIn(members).stream()
            .filter(f -> f.getSimpleName().equals(c.getSimpleName()))
            .map(Element.class::cast)
            .findFirst();
      }
    }
    return Optional.empty();
  }

  private void finish(RoundEnvironment round) {
    if (settings.isEmpty() || (schemeHolders.isEmpty() && endpointNames.isEmpty())) {
      return;
    }
    if (hasErroneousCode()) {
      // javac reports what it could not resolve right after this round; a document or a
      // diagnostic made from its placeholders would be wrong, so there is neither.
      return;
    }
    List<Element> origins = new ArrayList<>();
    List<SecurityScheme> declared = new ArrayList<>();
    List<dev.gatehouse.processor.model.TokenBindingDecl> tokenBindings = new ArrayList<>();
    for (String name : schemeHolders) {
      Element holder = lookUp(name);
      if (holder == null) {
        continue;
      }
      try {
        declared.addAll(schemeParser.parse(holder));
        tokenBindings.addAll(schemeParser.tokenBindings(holder));
        origins.add(holder);
      } catch (RuntimeException e) {
        reporter.reportCrash(holder, e);
      }
    }
    List<TypeElement> endpoints = new ArrayList<>();
    for (String name : endpointNames) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null || isSpringBase(type, endpointNames)) {
        continue;
      }
      if (!resolvedEndpoints.contains(name) && endpointParser.hasUnresolvedTypes(type)) {
        // The sources resolve (checked above), so the type comes from a class file whose own
        // dependency is missing; javac may well compile, so say it here, or the endpoint would
        // get no glue (its generation waits for types to resolve) and go unenforced.
        reporter.report(
            Diagnostic.UNRESOLVED_TYPE,
            SourceRef.of(type),
            Reporter.describe(type),
            endpointParser.unresolvedType(type).orElse("a type"));
        continue;
      }
      endpoints.add(type);
    }
    // The models the glue was written from, parsed in the endpoints' own rounds, describe the
    // same sources; reusing them saves parsing every endpoint twice. Their elements belong to
    // those rounds, though, where a message would land on the wrong line, so they are used only
    // when neither their parse nor their validation has anything to say; otherwise every endpoint
    // is parsed again here, and reported on, from this round's elements.
    EndpointParser parser = glueParser;
    List<EndpointInterface> all = new ArrayList<>();
    SortedMap<String, SecurityScheme> schemes = null;
    Set<String> endpointSet = new TreeSet<>();
    endpoints.forEach(t -> endpointSet.add(t.getQualifiedName().toString()));
    // The same endpoints exactly: the glue parser also built the schemas of any it parsed.
    if (glueReporter.reported() == 0
        && !foreignAfterGlue
        && glueModels.keySet().equals(endpointSet)) {
      endpoints.forEach(t -> all.add(glueModels.get(t.getQualifiedName().toString())));
      Reporter check = Reporter.silent(suppressedEverywhere);
      schemes = new EndpointValidator(check, settings.get().version()).validate(declared, all);
      if (check.reported() > 0) {
        schemes = null;
        all.clear();
      } else {
        origins.addAll(endpoints);
      }
    }
    if (schemes == null) {
      parser = endpointParser;
      for (TypeElement type : endpoints) {
        try {
          all.add(endpointParser.parse(type));
          origins.add(type);
        } catch (RuntimeException e) {
          reporter.reportCrash(type, e);
        }
      }
      schemes = new EndpointValidator(reporter, settings.get().version()).validate(declared, all);
    }
    java.util.Map<String, dev.gatehouse.processor.model.TokenBindingDecl> bindings =
        new dev.gatehouse.processor.validate.TokenBindingValidator(reporter)
            .validate(declared, tokenBindings, settings.get().servers());
    if (reporter.hasErrors() || round.errorRaised()) {
      return;
    }
    writeServiceFile(GeneratedNames.SCHEME_SERVICE, generatedSchemes, origins);
    writeServiceFile(GeneratedNames.ENDPOINT_SERVICE, generatedEndpoints, origins);
    dev.gatehouse.processor.json.JsonObject assembled =
        new OpenApiAssembler(settings.get(), problemRefusals)
            .assemble(all, schemes, parser.schemas());
    dev.gatehouse.processor.openapi.TokenBindingObjects.apply(assembled, bindings);
    byte[] document = new OpenApiWriter().write(assembled);
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(
                  StandardLocation.CLASS_OUTPUT,
                  "",
                  settings.get().path(),
                  origins.toArray(Element[]::new));
      try (OutputStream out = file.openOutputStream()) {
        out.write(document);
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, null, settings.get().path(), e.toString());
    }
    writeResourceMetadata(schemes, all, origins);
    IncrementalIndex index =
        new IncrementalIndex(endpointNames, schemeHolders, parser.docComments());
    try {
      index.write(processingEnv.getFiler(), origins);
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, null, IncrementalIndex.PATH, e.toString());
    }
  }

  /**
   * Writes the RFC 9728 protected-resource metadata when there is a resource and a token scheme.
   */
  private void writeResourceMetadata(
      SortedMap<String, SecurityScheme> schemes,
      List<EndpointInterface> all,
      List<Element> origins) {
    Optional<dev.gatehouse.processor.json.JsonObject> metadata =
        new ResourceMetadataAssembler(settings.get()).assemble(schemes, all);
    if (metadata.isEmpty()) {
      if (processingEnv.getOptions().containsKey(DocumentSettings.RESOURCE)
          && !settings.get().resource().isEmpty()) {
        reporter.report(Diagnostic.RESOURCE_WITHOUT_TOKEN_SCHEME, null, settings.get().resource());
      }
      return;
    }
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(
                  StandardLocation.CLASS_OUTPUT,
                  "",
                  ResourceMetadataAssembler.PATH,
                  origins.toArray(Element[]::new));
      try (OutputStream out = file.openOutputStream()) {
        out.write(new OpenApiWriter().write(metadata.get()));
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, null, ResourceMetadataAssembler.PATH, e.toString());
    }
  }

  /** Whether the holder carries a scheme annotation (or a repeatable container of them). */
  private static boolean declaresSchemes(Element holder) {
    List<String> names = Names.schemeAnnotationTypes();
    return holder.getAnnotationMirrors().stream()
        .anyMatch(
            m ->
                names.contains(
                    ((TypeElement) m.getAnnotationType().asElement())
                        .getQualifiedName()
                        .toString()));
  }

  /**
   * Whether an element was compiled from source in this compilation (its Javadoc is then its own);
   * under a compiler without the javac tree API, every element counts as such, so a stored comment
   * never outlives its removal from the source.
   */
  private java.util.function.Predicate<Element> fromSource() {
    try {
      com.sun.source.util.Trees trees = com.sun.source.util.Trees.instance(processingEnv);
      return element -> trees.getPath(element) != null;
    } catch (IllegalArgumentException | LinkageError e) {
      return element -> true;
    }
  }

  /** Whether a type or package of the compilation has something javac could not resolve. */
  private boolean hasErroneousCode() {
    for (String name : rootNames) {
      if (written.contains(name)) {
        continue; // what Gatehouse generated refers only to resolved types and the runtime
      }
      Element root = lookUp(name);
      if (root != null && (ErroneousCode.in(root) || unresolvedAnnotations.unresolvedIn(root))) {
        return true;
      }
    }
    return false;
  }

  /** Lists generated classes for {@link java.util.ServiceLoader}, sorted, one per line. */
  private void writeServiceFile(String service, Set<String> classes, List<Element> origins) {
    if (classes.isEmpty()) {
      return;
    }
    String path = "META-INF/services/" + service;
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(
                  StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(Element[]::new));
      try (OutputStream out = file.openOutputStream()) {
        out.write(
            (String.join("\n", classes) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.WRITE_FAILED, null, path, e.toString());
    }
  }

  /** The type, or the package of a {@code package-info} holder, by the name it was stored under. */
  private Element lookUp(String holderName) {
    if (holderName.endsWith(PACKAGE_INFO)) {
      return processingEnv
          .getElementUtils()
          .getPackageElement(holderName.substring(0, holderName.length() - PACKAGE_INFO.length()));
    }
    return processingEnv.getElementUtils().getTypeElement(holderName);
  }

  /**
   * The elements of this round annotated with any of {@code annotationNames}, in one scan of the
   * round's types, and only for the annotations javac found in it ({@code present}): looking each
   * name up, the absent ones (javax, Spring) included, and scanning once per name cost more than
   * everything else the first round does (issue 19).
   */
  private Set<Element> annotated(RoundEnvironment round, List<String> annotationNames) {
    Set<TypeElement> wanted = new LinkedHashSet<>();
    for (TypeElement annotation : present) {
      if (annotationNames.contains(annotation.getQualifiedName().toString())) {
        wanted.add(annotation);
      }
    }
    return wanted.isEmpty()
        ? Set.of()
        : new LinkedHashSet<>(
            round.getElementsAnnotatedWithAny(wanted.toArray(TypeElement[]::new)));
  }

  private static String holderName(Element element) {
    if (element instanceof PackageElement p) {
      return p.getQualifiedName() + PACKAGE_INFO;
    }
    return element instanceof QualifiedNameable named
        ? named.getQualifiedName().toString()
        : element.toString();
  }
}
