package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * One annotation as written (top-level, inside a repeatable container, or nested in another
 * annotation's value), with typed access to its attributes, defaults included, and the source
 * position of each.
 */
final class Ann {
  private final AnnotationMirror mirror;
  private final SourceRef where;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  Ann(AnnotationMirror mirror, SourceRef where, Elements elements) {
    this.mirror = mirror;
    this.where = where;
    this.values = elements.getElementValuesWithDefaults(mirror);
  }

  /** The qualified name of the annotation type. */
  String type() {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The position of the annotation itself. */
  SourceRef where() {
    return where;
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** The position of one attribute's value (the annotation itself when it was defaulted). */
  SourceRef ref(String attribute) {
    return where.at(explicitValue(attribute));
  }

  String string(String attribute) {
    Object v = value(attribute).getValue();
    return v instanceof String s ? s : String.valueOf(v);
  }

  int integer(String attribute) {
    return value(attribute).getValue() instanceof Number n ? n.intValue() : 0;
  }

  boolean bool(String attribute) {
    return Boolean.TRUE.equals(value(attribute).getValue());
  }

  /** The elements of an array-valued {@code String[]} attribute, each with its position. */
  List<Located<String>> strings(String attribute) {
    List<Located<String>> out = new ArrayList<>();
    for (AnnotationValue v : array(attribute)) {
      out.add(new Located<>(String.valueOf(v.getValue()), where.at(v)));
    }
    return out;
  }

  /** A {@code Class}-valued attribute's type, or null when it is not one. */
  javax.lang.model.type.TypeMirror typeValue(String attribute) {
    Object v = value(attribute).getValue();
    return v instanceof javax.lang.model.type.TypeMirror t ? t : null;
  }

  /** Whether the annotation type declares the attribute (older library versions may not). */
  boolean has(String attribute) {
    return values.keySet().stream().anyMatch(e -> e.getSimpleName().contentEquals(attribute));
  }

  /** A nested annotation attribute. */
  Ann annotation(String attribute, Elements elements) {
    AnnotationValue v = value(attribute);
    return new Ann((AnnotationMirror) v.getValue(), where.at(explicitValue(attribute)), elements);
  }

  /** The nested annotations of an array-valued annotation attribute. */
  List<Ann> annotations(String attribute, Elements elements) {
    List<Ann> out = new ArrayList<>();
    for (AnnotationValue v : array(attribute)) {
      out.add(new Ann((AnnotationMirror) v.getValue(), where.at(v), elements));
    }
    return out;
  }

  /** Whether the attribute was written in the source, rather than defaulted. */
  boolean isExplicit(String attribute) {
    return explicitValue(attribute) != null;
  }

  private List<? extends AnnotationValue> array(String attribute) {
    Object v = value(attribute).getValue();
    if (v instanceof List<?> list) {
      List<AnnotationValue> out = new ArrayList<>();
      for (Object o : list) {
        out.add((AnnotationValue) o);
      }
      return out;
    }
    return List.of();
  }

  private AnnotationValue value(String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("@" + type() + " has no attribute " + attribute);
  }

  private AnnotationValue explicitValue(String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** A value with the position it was written at. */
  record Located<T>(T value, SourceRef where) {}
}
