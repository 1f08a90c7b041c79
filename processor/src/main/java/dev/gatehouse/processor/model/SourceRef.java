package dev.gatehouse.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a model value came from: the annotated element, the annotation as written on it, and (where
 * it applies) the value inside that annotation, possibly nested. Null parts mean "less precise"; a
 * whole {@code SourceRef} may be absent in unit tests that build models by hand.
 */
public record SourceRef(Element element, AnnotationMirror mirror, AnnotationValue value) {

  /** A position at an element without an annotation. */
  public static SourceRef of(Element element) {
    return new SourceRef(element, null, null);
  }

  /** The same annotation, narrowed to one of its values. */
  public SourceRef at(AnnotationValue narrower) {
    return narrower == null ? this : new SourceRef(element, mirror, narrower);
  }
}
