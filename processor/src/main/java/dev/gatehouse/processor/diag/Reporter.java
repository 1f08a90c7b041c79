package dev.gatehouse.processor.diag;

import dev.gatehouse.processor.model.SourceRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.QualifiedNameable;
import javax.tools.Diagnostic.Kind;

/**
 * Prints catalogue messages at the most precise position known (element, then annotation, then
 * value), honours {@code @SuppressWarnings("<tag>")} for warnings, and moves messages whose element
 * was not compiled from source (a superinterface from a jar) onto the element being processed,
 * naming the original at the front.
 */
public final class Reporter {
  private final Messager messager;
  private final Set<String> suppressedEverywhere;
  private final Set<String> sourceTypes = new HashSet<>();
  private final RepeatedAnnotationLocator locator;
  private int errors;
  private int reported;

  /**
   * @param suppressedEverywhere warning tags silenced for the whole compilation (the {@code
   *     gatehouse.suppressWarnings} option; {@code @SuppressWarnings} cannot annotate a package)
   */
  public Reporter(Messager messager, Set<String> suppressedEverywhere) {
    this(messager, suppressedEverywhere, null);
  }

  private Reporter(
      Messager messager, Set<String> suppressedEverywhere, RepeatedAnnotationLocator locator) {
    this.messager = messager;
    this.suppressedEverywhere = Set.copyOf(suppressedEverywhere);
    this.locator = locator;
  }

  /** A reporter that only counts: for parsing done early, whose messages a later pass prints. */
  public static Reporter silent() {
    return silent(Set.of());
  }

  /**
   * A reporter that only counts, honouring the warnings silenced for the whole compilation as
   * {@code suppressedEverywhere}, so that {@link #reported()} says whether a real one would print.
   */
  public static Reporter silent(Set<String> suppressedEverywhere) {
    return new Reporter(
        new Messager() {
          @Override
          public void printMessage(Kind kind, CharSequence msg) {}

          @Override
          public void printMessage(Kind kind, CharSequence msg, Element e) {}

          @Override
          public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

          @Override
          public void printMessage(
              Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
        },
        suppressedEverywhere,
        null);
  }

  /** A reporter for a real compilation, which can also place messages on repeated annotations. */
  public static Reporter forEnvironment(
      ProcessingEnvironment env, Set<String> suppressedEverywhere) {
    return new Reporter(
        env.getMessager(), suppressedEverywhere, RepeatedAnnotationLocator.create(env));
  }

  /** Records a top-level type compiled from source in this compilation. */
  public void addSourceType(String qualifiedName) {
    sourceTypes.add(qualifiedName);
  }

  /** Reports at {@code where}. */
  public void report(Diagnostic diagnostic, SourceRef where, Object... args) {
    report(diagnostic, where, null, args);
  }

  /**
   * Reports at {@code where}, or at {@code subject} with {@code where}'s element named in front
   * when {@code where} is not part of this compilation's sources.
   */
  public void report(Diagnostic diagnostic, SourceRef where, SourceRef subject, Object... args) {
    String message = diagnostic.format(args);
    Element element = where == null ? null : where.element();
    AnnotationMirror mirror = where == null ? null : where.mirror();
    AnnotationValue value = where == null ? null : where.value();
    if (element != null && subject != null && subject.element() != null && !fromSource(element)) {
      message = "[" + describe(element) + "] " + message;
      element = subject.element();
      mirror = subject.mirror();
      value = subject.value();
    }
    if (diagnostic.kind() != Kind.ERROR
        && (suppressedEverywhere.contains(diagnostic.tag())
            || suppressed(element, diagnostic.tag()))) {
      return;
    }
    if (diagnostic.kind() == Kind.ERROR) {
      errors++;
    }
    reported++;
    if (element == null) {
      messager.printMessage(diagnostic.kind(), message);
    } else if (mirror == null) {
      messager.printMessage(diagnostic.kind(), message, element);
    } else if (value == null) {
      messager.printMessage(diagnostic.kind(), message, element, mirror);
    } else if (locator == null
        || !locator.print(diagnostic.kind(), message, element, mirror, value)) {
      messager.printMessage(diagnostic.kind(), message, element, mirror, value);
    }
  }

  /** Reports an unexpected exception as one error naming the element, never throwing. */
  public void reportCrash(Element element, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    report(
        Diagnostic.INTERNAL_ERROR,
        element == null ? null : SourceRef.of(element),
        element == null ? "the compilation" : describe(element),
        trace);
  }

  /** How many messages (errors, warnings, notes) have been reported and not suppressed. */
  public int reported() {
    return reported;
  }

  /** Whether any error has been reported. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** A short human name of an element: {@code com.example.Api.method()} or the type name. */
  public static String describe(Element element) {
    if (element instanceof QualifiedNameable named) {
      return named.getQualifiedName().toString();
    }
    if (element.getKind() == ElementKind.METHOD) {
      return describe(element.getEnclosingElement()) + "." + element.getSimpleName() + "()";
    }
    return describe(element.getEnclosingElement()) + "." + element.getSimpleName();
  }

  private boolean fromSource(Element element) {
    Element outermost = element;
    while (outermost.getEnclosingElement() != null
        && outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && outermost.getEnclosingElement().getKind() != ElementKind.MODULE) {
      outermost = outermost.getEnclosingElement();
    }
    return !(outermost instanceof QualifiedNameable named)
        || sourceTypes.contains(named.getQualifiedName().toString());
  }

  private static boolean suppressed(Element element, String tag) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String value : suppress.value()) {
          if (value.equals(tag) || value.equals("all")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
