package dev.gatehouse.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java method signatures as {@code java.lang.reflect.Method} reports them, {@code
 * name(binaryType,...)} with erased types, so generated glue and run-time adapters agree on them.
 */
final class Signatures {
  private Signatures() {}

  static String of(ExecutableElement method, Types types, Elements elements) {
    List<String> names = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      names.add(runtimeName(types.erasure(p.asType()), elements));
    }
    return method.getSimpleName() + "(" + String.join(",", names) + ")";
  }

  private static String runtimeName(TypeMirror type, Elements elements) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(Locale.ROOT);
    }
    if (type instanceof ArrayType array) {
      return runtimeName(array.getComponentType(), elements) + "[]";
    }
    if (type instanceof DeclaredType declared) {
      return elements.getBinaryName((TypeElement) declared.asElement()).toString();
    }
    return type.toString();
  }
}
