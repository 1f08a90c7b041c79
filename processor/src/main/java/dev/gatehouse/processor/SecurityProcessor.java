package dev.gatehouse.processor;

import com.google.auto.service.AutoService;
import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.openapi.DocumentSettings;
import dev.gatehouse.processor.openapi.OpenApiAssembler;
import dev.gatehouse.processor.openapi.OpenApiWriter;
import dev.gatehouse.processor.parse.EndpointParser;
import dev.gatehouse.processor.parse.Names;
import dev.gatehouse.processor.parse.SchemeParser;
import dev.gatehouse.processor.validate.EndpointValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Gatehouse's annotation processor: security declarations in, compile errors or an OpenAPI
 * document out.
 *
 * <p>Each round, {@link SchemeParser} reads the scheme annotations on every type and package into
 * the global scheme set, and {@link EndpointParser} turns every JAX-RS endpoint interface into an
 * immutable model (interfaces whose types javac cannot resolve yet wait for the next round).
 * Requirements on elements that are not endpoints are reported at once. When processing is over,
 * {@link EndpointValidator} checks the whole model (unknown schemes and scopes, conflicting
 * schemes, duplicate routes ...) and, only if no error was reported by anyone, {@link
 * OpenApiAssembler} and {@link OpenApiWriter} write {@code META-INF/openapi.json} once, with every
 * contributing type as an originating element. No exception ever reaches javac: a failure becomes
 * one {@code [SecInternalError]} on the element being processed.
 */
@AutoService(Processor.class)
public final class SecurityProcessor extends AbstractProcessor {
  private Reporter reporter;
  private SchemeParser schemeParser;
  private EndpointParser endpointParser;
  private Optional<DocumentSettings> settings;

  private final SortedMap<String, List<SecurityScheme>> schemesByHolder = new TreeMap<>();
  private final SortedMap<String, EndpointInterface> endpoints = new TreeMap<>();
  private final Set<String> deferred = new TreeSet<>();
  private final Set<Element> originating = new LinkedHashSet<>();

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    reporter =
        new Reporter(
            env.getMessager(),
            DocumentSettings.list(env.getOptions().getOrDefault(DocumentSettings.SUPPRESS_WARNINGS, "")));
    schemeParser = new SchemeParser(env.getElementUtils());
    endpointParser = new EndpointParser(env.getElementUtils(), env.getTypeUtils(), reporter);
    settings =
        DocumentSettings.read(
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
    return DocumentSettings.OPTIONS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (Element root : round.getRootElements()) {
        if (root instanceof QualifiedNameable named) {
          reporter.addSourceType(named.getQualifiedName().toString());
        }
      }
      collectSchemes(round);
      collectEndpoints(round);
      checkRequirementPlacement(round);
      if (round.processingOver()) {
        finish(round);
      }
    } catch (RuntimeException | Error e) {
      reporter.reportCrash(null, e);
    }
    return false;
  }

  private void collectSchemes(RoundEnvironment round) {
    for (Element holder : annotated(round, Names.schemeAnnotationTypes())) {
      String key = holderName(holder);
      if (schemesByHolder.containsKey(key)) {
        continue;
      }
      try {
        schemesByHolder.put(key, schemeParser.parse(holder));
        originating.add(holder);
      } catch (RuntimeException e) {
        reporter.reportCrash(holder, e);
      }
    }
  }

  private void collectEndpoints(RoundEnvironment round) {
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.add(type);
      }
    }
    deferred.clear();
    for (Element element : annotated(round, Names.pathAnnotationTypes())) {
      if (endpointParser.isEndpoint(element)) {
        candidates.add((TypeElement) element);
      }
    }
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (endpoints.containsKey(name)) {
        continue;
      }
      if (!round.processingOver() && endpointParser.hasUnresolvedTypes(type)) {
        // A type another processor generates in a later round; try again then.
        deferred.add(name);
        continue;
      }
      try {
        endpoints.put(name, endpointParser.parse(type));
        originating.add(type);
      } catch (RuntimeException e) {
        reporter.reportCrash(type, e);
      }
    }
  }

  private void checkRequirementPlacement(RoundEnvironment round) {
    for (Element element : annotated(round, Names.requirementAnnotationTypes())) {
      boolean ok =
          element.getKind() == ElementKind.INTERFACE
              || (element.getKind() == ElementKind.METHOD
                  && element.getEnclosingElement().getKind() == ElementKind.INTERFACE
                  && endpointParser.isOperation(element));
      if (!ok) {
        endpointParser
            .requirementAnnotation(element)
            .ifPresent(
                where ->
                    reporter.report(
                        Diagnostic.NOT_AN_ENDPOINT,
                        where,
                        "@" + where.mirror().getAnnotationType().asElement().getSimpleName(),
                        Reporter.describe(element)));
      }
    }
  }

  private void finish(RoundEnvironment round) {
    if (settings.isEmpty() || (schemesByHolder.isEmpty() && endpoints.isEmpty())) {
      return;
    }
    List<SecurityScheme> declared = new ArrayList<>();
    schemesByHolder.values().forEach(declared::addAll);
    List<EndpointInterface> all = new ArrayList<>(endpoints.values());
    SortedMap<String, SecurityScheme> schemes =
        new EndpointValidator(reporter, settings.get().version()).validate(declared, all);
    if (reporter.hasErrors() || round.errorRaised()) {
      return;
    }
    byte[] document =
        new OpenApiWriter().write(new OpenApiAssembler(settings.get()).assemble(all, schemes));
    Element[] origins =
        originating.stream()
            .sorted(Comparator.comparing(SecurityProcessor::holderName))
            .toArray(Element[]::new);
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", settings.get().path(), origins);
      try (OutputStream out = file.openOutputStream()) {
        out.write(document);
      }
    } catch (IOException e) {
      reporter.reportCrash(null, e);
    }
  }

  private Set<Element> annotated(RoundEnvironment round, List<String> annotationNames) {
    Set<Element> out = new LinkedHashSet<>();
    for (String name : annotationNames) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        out.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    return out;
  }

  private static String holderName(Element element) {
    if (element instanceof PackageElement p) {
      return p.getQualifiedName() + ".package-info";
    }
    return element instanceof QualifiedNameable named
        ? named.getQualifiedName().toString()
        : element.toString();
  }
}
