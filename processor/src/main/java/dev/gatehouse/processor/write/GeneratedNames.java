package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Every naming rule of generated code, in one place: classes go in the package of the element that
 * caused them; enclosing type names are joined with {@code _}; a fixed suffix says what the class
 * is ({@code Outer_UsersApi_Security}, {@code SecuritySchemes_APIKeyHeader_CredentialExtractor}).
 * The typed verifier builder, one per compilation, is {@code GatehouseSchemes} in the package the
 * scheme declarations share (or the {@code gatehouse.wiring} option's class), with one method per
 * scheme named after it ({@link #verifierMethod}).
 */
public final class GeneratedNames {
  static final String GLUE_SUFFIX = "_Security";
  static final String EXTRACTOR_SUFFIX = "_CredentialExtractor";
  static final String PACKAGE_HOLDER = "PackageInfo";
  static final String WIRING = "GatehouseSchemes";

  /**
   * Names a verifier method may not take, though Java allows them: the builder's own {@code
   * build()}, and {@code Object}'s methods, which an overload would only confuse.
   */
  private static final Set<String> RESERVED_METHODS =
      Set.of(
          "build",
          "clone",
          "equals",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait");

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
    return ClassName.get(
        packageOf(holder), owner + "_" + identifier(schemeName) + EXTRACTOR_SUFFIX);
  }

  /**
   * The typed verifier builder of the schemes declared on {@code holders}: {@code GatehouseSchemes}
   * in the longest package all holders share, or, when they share none, in the first of their
   * packages in alphabetical order (the unnamed package only if a holder is in it).
   */
  public static ClassName wiring(Collection<? extends Element> holders) {
    List<String> packages = holders.stream().map(GeneratedNames::packageOf).sorted().toList();
    String common = packages.isEmpty() ? "" : packages.get(0);
    for (String p : packages) {
      while (!(p.equals(common) || p.startsWith(common + ".") || common.isEmpty())) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    return ClassName.get(
        common.isEmpty() && !packages.isEmpty() ? packages.get(0) : common, WIRING);
  }

  /**
   * The typed builder's method for scheme {@code schemeName}: the lower camel case of the name's
   * words ({@code APIKeyHeader} is {@code apiKeyHeader}, {@code HTTPBasic} {@code httpBasic},
   * {@code OAuth2PasswordBearer} {@code oauth2PasswordBearer}, {@code api.key-v2} {@code
   * apiKeyV2}). Words end at {@code .}, {@code -}, {@code _}, before an upper-case letter that
   * follows a lower-case letter or digit, and before the last letter of an upper-case run of three
   * or more that a lower-case letter follows ({@code APIKey}: {@code API}, {@code Key}; but {@code
   * OAuth} is one word). A name that would start with a digit is prefixed {@code scheme}; a Java
   * keyword or a reserved method name ({@code build}, {@code equals} ...) gets the suffix {@code
   * Scheme}.
   */
  public static String verifierMethod(String schemeName) {
    StringBuilder out = new StringBuilder();
    for (String word : words(schemeName)) {
      out.append(
          out.length() == 0
              ? word.toLowerCase(Locale.ROOT)
              : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, "scheme");
    }
    return unreserved(out.toString());
  }

  /**
   * The method of a scheme whose {@link #verifierMethod} another scheme's name also gives: the
   * scheme name itself, each character that cannot be part of a Java name replaced with {@code _}
   * ({@code ApiKey} and {@code apiKey} stay apart; {@code api-key} and {@code api.key} do not).
   */
  public static String verifierMethodOfClash(String schemeName) {
    String name = identifier(schemeName);
    return unreserved(Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name);
  }

  private static String unreserved(String method) {
    return SourceVersion.isKeyword(method) || RESERVED_METHODS.contains(method)
        ? method + "Scheme"
        : method;
  }

  /** The words of a scheme name, as {@link #verifierMethod} describes them. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (isUpper(c) && word.length() > 0) {
        char before = word.charAt(word.length() - 1);
        boolean afterLower = !isUpper(before);
        boolean endsAcronym =
            i + 1 < name.length()
                && isLower(name.charAt(i + 1))
                && word.length() >= 2
                && isUpper(before)
                && isUpper(word.charAt(word.length() - 2));
        if (afterLower || endsAcronym) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isUpper(c) || isLower(c) || (c >= '0' && c <= '9');
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
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

  static String packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
