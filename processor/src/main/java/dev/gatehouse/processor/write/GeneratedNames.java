package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Every naming rule of generated code, in one place: classes go in the package of the element that
 * caused them; enclosing type names are joined with {@code _}; a fixed suffix says what the class
 * is ({@code Outer_UsersApi_Security}, {@code SecuritySchemes_APIKeyHeader_CredentialExtractor}).
 */
public final class GeneratedNames {
  static final String GLUE_SUFFIX = "_Security";
  static final String EXTRACTOR_SUFFIX = "_CredentialExtractor";
  static final String PACKAGE_HOLDER = "PackageInfo";

  /** A runtime type whose presence on the compile class path switches Java generation on. */
  public static final String RUNTIME_MARKER = "dev.gatehouse.runtime.internal.GeneratedEndpoint";

  /** The service interface generated extractors are listed under. */
  public static final String SCHEME_SERVICE = "dev.gatehouse.runtime.internal.GeneratedScheme";

  /** The service interface generated glue classes are listed under. */
  public static final String ENDPOINT_SERVICE = "dev.gatehouse.runtime.internal.GeneratedEndpoint";

  private GeneratedNames() {}

  /** The security-glue class of an endpoint interface. */
  public static ClassName glue(TypeElement endpoint) {
    return ClassName.get(packageOf(endpoint), joined(endpoint) + GLUE_SUFFIX);
  }

  /** The credential-extractor class of scheme {@code schemeName} declared on {@code holder}. */
  public static ClassName extractor(Element holder, String schemeName) {
    String owner = holder instanceof PackageElement ? PACKAGE_HOLDER : joined((TypeElement) holder);
    return ClassName.get(packageOf(holder), owner + "_" + identifier(schemeName) + EXTRACTOR_SUFFIX);
  }

  /** A Java identifier part for a scheme name (OpenAPI allows {@code .} and {@code -}). */
  static String identifier(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // javac drops identifier-ignorable characters (U+200B ...) from names, not from file names.
      out.append(
          Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c) ? c : '_');
    }
    return out.length() == 0 ? "_" : out.toString();
  }

  /** {@code UPPER_SNAKE} of a camelCase method name, for constants. */
  static String constant(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  private static String joined(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      names.add(e.getSimpleName().toString());
    }
    Collections.reverse(names);
    return String.join("_", names);
  }

  private static String packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
