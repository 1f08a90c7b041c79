package dev.gatehouse.processor.parse;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;

/**
 * Finds what javac could not resolve in a declaration: a type it does not know (in a signature, a
 * bound, a type argument, a superinterface, a field ...), an annotation whose type it does not
 * know, or an annotation value it could not evaluate (a constant that does not exist). javac
 * reports these itself, but only after annotation processing; until then it hands processors error
 * types and values that read as {@code "<error>"}, from which no correct document or diagnostic can
 * be made.
 */
public final class ErroneousCode {
  /** What javac's evaluation of an erroneous annotation value returns, and how it prints. */
  private static final String ERROR_VALUE = "<error>";

  private ErroneousCode() {}

  /** Whether the element, its annotations, or any member or nested type is erroneous. */
  public static boolean in(Element element) {
    return element(element, new HashSet<>());
  }

  /** Whether the type or any type it is built from (arguments, bounds, components) is erroneous. */
  public static boolean in(TypeMirror type) {
    return type(type, new HashSet<>());
  }

  /** The erroneous type inside the type (itself, a type argument, a bound ...), if any. */
  public static Optional<TypeMirror> erroneousPart(TypeMirror type) {
    return erroneousPart(type, new HashSet<>());
  }

  private static Optional<TypeMirror> erroneousPart(TypeMirror type, Set<Element> seen) {
    if (type == null) {
      return Optional.empty();
    }
    switch (type.getKind()) {
      case ERROR:
        return Optional.of(type);
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          Optional<TypeMirror> found = erroneousPart(argument, seen);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      case ARRAY:
        return erroneousPart(((ArrayType) type).getComponentType(), seen);
      case WILDCARD:
        WildcardType w = (WildcardType) type;
        return erroneousPart(w.getExtendsBound(), seen)
            .or(() -> erroneousPart(w.getSuperBound(), seen));
      case TYPEVAR:
        TypeVariable v = (TypeVariable) type;
        return seen.add(v.asElement()) ? erroneousPart(v.getUpperBound(), seen) : Optional.empty();
      case INTERSECTION:
        for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
          Optional<TypeMirror> found = erroneousPart(bound, seen);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** Whether one of the element's own annotations (not its members') is erroneous. */
  public static boolean inAnnotations(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (annotation(mirror)) {
        return true;
      }
    }
    return false;
  }

  private static boolean element(Element element, Set<Element> seen) {
    if (inAnnotations(element)) {
      return true;
    }
    if (element instanceof TypeElement type) {
      if (type(type.getSuperclass(), seen) || types(type.getInterfaces(), seen)) {
        return true;
      }
      for (TypeParameterElement p : type.getTypeParameters()) {
        if (inAnnotations(p) || types(p.getBounds(), seen)) {
          return true;
        }
      }
      for (Element member : type.getEnclosedElements()) {
        if (element(member, seen)) {
          return true;
        }
      }
      return false;
    }
    if (element instanceof ExecutableElement method) {
      if (type(method.getReturnType(), seen) || types(method.getThrownTypes(), seen)) {
        return true;
      }
      if (method.getDefaultValue() != null && value(method.getDefaultValue())) {
        return true;
      }
      for (TypeParameterElement p : method.getTypeParameters()) {
        if (inAnnotations(p) || types(p.getBounds(), seen)) {
          return true;
        }
      }
      for (Element parameter : method.getParameters()) {
        if (element(parameter, seen)) {
          return true;
        }
      }
      return false;
    }
    // Fields, enum constants, parameters and record components.
    return type(element.asType(), seen);
  }

  private static boolean types(List<? extends TypeMirror> types, Set<Element> seen) {
    for (TypeMirror type : types) {
      if (type(type, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean type(TypeMirror type, Set<Element> seen) {
    if (type == null) {
      return false;
    }
    TypeKind kind = type.getKind();
    if (kind == TypeKind.ERROR) {
      return true;
    }
    if (kind == TypeKind.DECLARED) {
      return types(((DeclaredType) type).getTypeArguments(), seen);
    }
    if (kind == TypeKind.ARRAY) {
      return type(((ArrayType) type).getComponentType(), seen);
    }
    if (kind == TypeKind.WILDCARD) {
      WildcardType w = (WildcardType) type;
      return type(w.getExtendsBound(), seen) || type(w.getSuperBound(), seen);
    }
    if (kind == TypeKind.TYPEVAR) {
      // T extends Comparable<T>: each variable's bounds are looked at once.
      TypeVariable v = (TypeVariable) type;
      return seen.add(v.asElement())
          && (type(v.getUpperBound(), seen) || type(v.getLowerBound(), seen));
    }
    if (kind == TypeKind.INTERSECTION) {
      return types(((IntersectionType) type).getBounds(), seen);
    }
    if (kind == TypeKind.UNION) {
      return types(((UnionType) type).getAlternatives(), seen);
    }
    return false;
  }

  private static boolean annotation(AnnotationMirror mirror) {
    if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
      return true;
    }
    for (AnnotationValue v : mirror.getElementValues().values()) {
      if (value(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean value(AnnotationValue v) {
    Object value = v.getValue();
    if (value instanceof String s) {
      // A written "<error>" prints as a quoted literal; javac's erroneous value prints bare.
      return s.equals(ERROR_VALUE) && v.toString().equals(ERROR_VALUE);
    }
    if (value instanceof TypeMirror t) {
      return in(t);
    }
    if (value instanceof AnnotationMirror nested) {
      return annotation(nested);
    }
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof AnnotationValue element && value(element)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Finds annotations whose type javac could not resolve (a missing import, a misspelt name). javac
   * leaves them out of {@link Element#getAnnotationMirrors()}, so only the source tree shows them;
   * without javac's tree API there is nothing to look at, and nothing is found.
   */
  public static final class Annotations {
    private final Optional<Trees> trees;

    private Annotations(Optional<Trees> trees) {
      this.trees = trees;
    }

    public static Annotations forEnvironment(ProcessingEnvironment env) {
      try {
        return new Annotations(Optional.of(Trees.instance(env)));
      } catch (IllegalArgumentException | LinkageError e) {
        return new Annotations(Optional.empty());
      }
    }

    /**
     * Whether a declaration in the element's source (not inside method bodies or initialisers,
     * which javac has not attributed yet) has an annotation of an unresolvable type.
     */
    public boolean unresolvedIn(Element element) {
      if (trees.isEmpty()) {
        return false;
      }
      Trees t = trees.get();
      TreePath path = t.getPath(element);
      if (path == null) {
        return false;
      }
      boolean[] found = {false};
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitAnnotation(AnnotationTree node, Void unused) {
          TypeMirror type =
              t.getTypeMirror(new TreePath(getCurrentPath(), node.getAnnotationType()));
          if (type != null && type.getKind() == TypeKind.ERROR) {
            found[0] = true;
          }
          return super.visitAnnotation(node, unused);
        }

        @Override
        public Void visitBlock(BlockTree node, Void unused) {
          return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
          return null;
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
          return null;
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
          scan(node.getModifiers(), unused);
          return scan(node.getType(), unused);
        }
      }.scan(path, null);
      return found[0];
    }
  }
}
