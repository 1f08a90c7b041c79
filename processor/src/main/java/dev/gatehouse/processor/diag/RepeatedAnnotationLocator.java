package dev.gatehouse.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Puts a message on one member of a repeated annotation. javac synthesises the container of
 * repeated annotations, and its {@code Messager} then falls back to the element's line for the
 * container and its members alike; with the compiler tree API the member's own line can be found.
 * Outside javac this locator is absent and messages stay at the element.
 */
final class RepeatedAnnotationLocator {
  private static final String OURS = "dev.gatehouse.annotations.";
  private final Trees trees;

  private RepeatedAnnotationLocator(Trees trees) {
    this.trees = trees;
  }

  /** The locator, or null when the compiler is not javac. */
  static RepeatedAnnotationLocator create(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotationLocator(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /** Prints at the member of {@code container} that holds {@code value}; false if not found. */
  boolean print(
      Kind kind,
      String message,
      Element element,
      AnnotationMirror container,
      AnnotationValue value) {
    String containerType = typeName(container);
    if (!containerType.startsWith(OURS) || !containerType.endsWith(".List")) {
      return false;
    }
    List<?> members = members(container);
    int index = -1;
    for (int i = 0; i < members.size(); i++) {
      if (contains((AnnotationValue) members.get(i), value)) {
        index = i;
      }
    }
    TreePath path = trees.getPath(element);
    if (index < 0 || path == null) {
      return false;
    }
    String member = containerType.substring(0, containerType.length() - ".List".length());
    String simple = member.substring(member.lastIndexOf('.') + 1);
    int seen = 0;
    for (AnnotationTree tree : annotations(path.getLeaf())) {
      String written = tree.getAnnotationType().toString();
      if (written.equals(simple) || written.equals(member)) {
        if (seen++ == index) {
          AnnotationMirror memberMirror =
              (AnnotationMirror) ((AnnotationValue) members.get(index)).getValue();
          Tree precise = locate(memberMirror, tree, value);
          trees.printMessage(
              kind, message, precise == null ? tree : precise, path.getCompilationUnit());
          return true;
        }
      }
    }
    return false;
  }

  /** The tree of {@code needle} inside {@code tree}, the source of {@code mirror}, or null. */
  private static Tree locate(AnnotationMirror mirror, AnnotationTree tree, AnnotationValue needle) {
    for (var e : mirror.getElementValues().entrySet()) {
      ExpressionTree argument = argument(tree, e.getKey().getSimpleName().toString());
      Tree found = argument == null ? null : locateValue(e.getValue(), argument, needle);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Tree locateValue(
      AnnotationValue value, ExpressionTree expr, AnnotationValue needle) {
    if (value == needle) {
      return expr;
    }
    Object v = value.getValue();
    if (v instanceof AnnotationMirror nested && expr instanceof AnnotationTree nestedTree) {
      return locate(nested, nestedTree, needle);
    }
    if (v instanceof List<?> list) {
      if (expr instanceof NewArrayTree array
          && array.getInitializers() != null
          && array.getInitializers().size() == list.size()) {
        for (int i = 0; i < list.size(); i++) {
          Tree found =
              locateValue((AnnotationValue) list.get(i), array.getInitializers().get(i), needle);
          if (found != null) {
            return found;
          }
        }
      } else if (list.size() == 1) {
        return locateValue((AnnotationValue) list.get(0), expr, needle);
      }
    }
    return null;
  }

  /** The expression written for an attribute: {@code name = expr}, or the lone {@code value}. */
  private static ExpressionTree argument(AnnotationTree tree, String name) {
    for (ExpressionTree arg : tree.getArguments()) {
      if (arg instanceof AssignmentTree assignment) {
        if (assignment.getVariable().toString().equals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return arg;
      }
    }
    return null;
  }

  private static List<?> members(AnnotationMirror container) {
    for (var e : container.getElementValues().entrySet()) {
      ExecutableElement attribute = e.getKey();
      if (attribute.getSimpleName().contentEquals("value")
          && e.getValue().getValue() instanceof List<?> l) {
        return l;
      }
    }
    return List.of();
  }

  private static boolean contains(AnnotationValue haystack, AnnotationValue needle) {
    if (haystack == needle) {
      return true;
    }
    Object v = haystack.getValue();
    if (v instanceof AnnotationMirror nested) {
      return nested.getElementValues().values().stream().anyMatch(x -> contains(x, needle));
    }
    if (v instanceof List<?> list) {
      return list.stream().anyMatch(x -> x instanceof AnnotationValue a && contains(a, needle));
    }
    return false;
  }

  private static List<? extends AnnotationTree> annotations(Tree leaf) {
    if (leaf instanceof ClassTree c) {
      return c.getModifiers().getAnnotations();
    }
    if (leaf instanceof MethodTree m) {
      return m.getModifiers().getAnnotations();
    }
    if (leaf instanceof VariableTree v) {
      return v.getModifiers().getAnnotations();
    }
    if (leaf instanceof PackageTree p) {
      return p.getAnnotations();
    }
    if (leaf instanceof CompilationUnitTree u) {
      return u.getPackageAnnotations();
    }
    return List.of();
  }

  private static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
