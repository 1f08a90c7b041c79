package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds annotations on elements by qualified name, unwrapping repeatable containers, so that no
 * other code touches {@code AnnotationMirror}s or needs the annotation classes at all.
 */
final class AnnotationReader {
  private final Elements elements;
  // Annotation type names, decoded once each: javac decodes a Name's bytes on every toString(),
  // and every lookup compares every annotation of an element (issue 19). javac interns names.
  private final Map<Name, String> names = new IdentityHashMap<>();

  AnnotationReader(Elements elements) {
    this.elements = elements;
  }

  Elements elements() {
    return elements;
  }

  /**
   * Every annotation of type {@code name} on {@code element}, in source order, whether written once
   * or repeated (then held by the {@code name + "$List"} container).
   */
  List<Ann> all(Element element, String name) {
    String container = name + ".List";
    List<Ann> out = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = name(mirror);
      if (type.equals(name)) {
        out.add(new Ann(mirror, new SourceRef(element, mirror, null), elements));
      } else if (type.equals(container)) {
        Ann holder = new Ann(mirror, new SourceRef(element, mirror, null), elements);
        out.addAll(holder.annotations("value", elements));
      }
    }
    return out;
  }

  /** The annotation of type {@code name} on {@code element}, if present. */
  Optional<Ann> find(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(name)) {
        return Optional.of(new Ann(mirror, new SourceRef(element, mirror, null), elements));
      }
    }
    return Optional.empty();
  }

  /** The first annotation among {@code names} on {@code element}, if any. */
  Optional<Ann> findAny(Element element, List<String> names) {
    for (String name : names) {
      Optional<Ann> found = find(element, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The {@code value} of a meta-annotation on the annotation's type, e.g. JAX-RS HttpMethod. */
  Optional<String> metaValue(AnnotationMirror mirror, List<String> metaNames) {
    Element type = mirror.getAnnotationType().asElement();
    return findAny(type, metaNames).map(meta -> meta.string("value"));
  }

  /** The qualified name of the annotation's type. */
  String name(AnnotationMirror mirror) {
    return names.computeIfAbsent(
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName(), Name::toString);
  }

  static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
