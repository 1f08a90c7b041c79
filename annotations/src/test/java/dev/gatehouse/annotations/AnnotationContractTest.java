package dev.gatehouse.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The annotations are the public contract users write (docs/annotations.md): their names,
 * attributes, defaults and where they may go. Each is written out here by hand, so a renamed
 * attribute, a changed default or a new annotation fails this test before it reaches a user's
 * build, and has to be changed here on purpose.
 */
class AnnotationContractTest {
  private static final Set<ElementType> ON_TYPES = Set.of(ElementType.TYPE, ElementType.PACKAGE);
  private static final Set<ElementType> ON_ENDPOINTS = Set.of(ElementType.TYPE, ElementType.METHOD);

  /**
   * Each annotation's attributes in declaration order: {@code name} required, {@code name=default}.
   */
  private static final Map<Class<? extends Annotation>, String> ATTRIBUTES = new LinkedHashMap<>();

  static {
    String scheme = " description= deprecated=false";
    String token = " tokenBinding=NONE";
    ATTRIBUTES.put(ApiKeyQuery.class, "name schemeName=APIKeyQuery" + scheme);
    ATTRIBUTES.put(ApiKeyHeader.class, "name schemeName=APIKeyHeader" + scheme);
    ATTRIBUTES.put(ApiKeyCookie.class, "name schemeName=APIKeyCookie" + scheme);
    ATTRIBUTES.put(HttpBasic.class, "realm= schemeName=HTTPBasic" + scheme);
    ATTRIBUTES.put(HttpBearer.class, "bearerFormat= schemeName=HTTPBearer" + scheme + token);
    ATTRIBUTES.put(HttpDigest.class, "schemeName=HTTPDigest" + scheme);
    ATTRIBUTES.put(HttpScheme.class, "scheme schemeName=HTTPBase" + scheme);
    ATTRIBUTES.put(
        OAuth2PasswordBearer.class,
        "tokenUrl refreshUrl= scopes=[] schemeName=OAuth2PasswordBearer"
            + scheme
            + " oauth2MetadataUrl="
            + token);
    ATTRIBUTES.put(
        OAuth2AuthorizationCodeBearer.class,
        "authorizationUrl tokenUrl refreshUrl= scopes=[] schemeName=OAuth2AuthorizationCodeBearer"
            + scheme
            + " oauth2MetadataUrl="
            + token);
    ATTRIBUTES.put(
        OAuth2.class,
        "flows=@OAuthFlows schemeName=OAuth2" + scheme + " oauth2MetadataUrl=" + token);
    ATTRIBUTES.put(
        OpenIdConnect.class, "openIdConnectUrl schemeName=OpenIdConnect" + scheme + token);
    ATTRIBUTES.put(Scope.class, "name description=");
    ATTRIBUTES.put(
        OAuthFlows.class,
        "implicit=@OAuthFlow password=@OAuthFlow clientCredentials=@OAuthFlow"
            + " authorizationCode=@OAuthFlow deviceAuthorization=@OAuthFlow");
    ATTRIBUTES.put(
        OAuthFlow.class,
        "authorizationUrl= tokenUrl= refreshUrl= deviceAuthorizationUrl= scopes=[]");
    ATTRIBUTES.put(SecurityRequirement.class, "value scopes=[]");
    ATTRIBUTES.put(SecurityRequirementsSet.class, "value");
    ATTRIBUTES.put(OptionalSecurity.class, "");
    ATTRIBUTES.put(Public.class, "");
    ATTRIBUTES.put(StepUp.class, "acrValues=[] maxAge=-1");
  }

  private static final Set<Class<? extends Annotation>> SCHEMES =
      Set.of(
          ApiKeyQuery.class,
          ApiKeyHeader.class,
          ApiKeyCookie.class,
          HttpBasic.class,
          HttpBearer.class,
          HttpDigest.class,
          HttpScheme.class,
          OAuth2PasswordBearer.class,
          OAuth2AuthorizationCodeBearer.class,
          OAuth2.class,
          OpenIdConnect.class);

  @Test
  void everyAnnotationHasTheDocumentedAttributesAndDefaults() {
    Map<String, String> actual = new LinkedHashMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    ATTRIBUTES.forEach(
        (type, attributes) -> {
          expected.put(type.getSimpleName(), attributes);
          actual.put(type.getSimpleName(), attributes(type));
        });
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void theContractNamesEveryPublicAnnotationOfThePackage() throws Exception {
    Set<String> contract = new TreeSet<>();
    ATTRIBUTES.keySet().forEach(t -> contract.add(t.getSimpleName()));

    assertThat(topLevelAnnotations()).isEqualTo(contract);
  }

  @Test
  void schemeAnnotationsGoOnTypesAndPackagesAndRepeat() {
    for (Class<? extends Annotation> scheme : SCHEMES) {
      assertThat(targets(scheme)).as(scheme.getSimpleName()).isEqualTo(ON_TYPES);
      assertRepeatableThrough(scheme, ON_TYPES);
      assertThat(isRetainedInClassFiles(scheme)).as(scheme.getSimpleName()).isTrue();
    }
  }

  @Test
  void requirementsGoOnEndpointInterfacesAndMethods() {
    for (Class<? extends Annotation> requirement :
        Set.of(
            SecurityRequirement.class,
            SecurityRequirementsSet.class,
            OptionalSecurity.class,
            Public.class,
            StepUp.class)) {
      assertThat(targets(requirement)).as(requirement.getSimpleName()).isEqualTo(ON_ENDPOINTS);
      assertThat(isRetainedInClassFiles(requirement)).isTrue();
    }
    assertRepeatableThrough(SecurityRequirement.class, ON_ENDPOINTS);
    assertRepeatableThrough(SecurityRequirementsSet.class, ON_ENDPOINTS);
    assertThat(OptionalSecurity.class.getAnnotation(Repeatable.class)).isNull();
    assertThat(Public.class.getAnnotation(Repeatable.class)).isNull();
    assertThat(StepUp.class.getAnnotation(Repeatable.class)).isNull();
  }

  @Test
  void nestedValuesCannotBeWrittenOnTheirOwn() {
    for (Class<? extends Annotation> nested :
        Set.of(Scope.class, OAuthFlow.class, OAuthFlows.class)) {
      assertThat(targets(nested)).as(nested.getSimpleName()).isEmpty();
    }
  }

  @Test
  void tokenBindingOffersNoneDpopMtlsAndEither() {
    assertThat(Arrays.stream(TokenBinding.values()).map(Enum::name))
        .containsExactly("NONE", "DPOP", "MTLS", "DPOP_OR_MTLS");
  }

  private static String attributes(Class<? extends Annotation> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .sorted(Comparator.comparingInt(AnnotationContractTest::declarationOrder))
        .map(AnnotationContractTest::attribute)
        .collect(Collectors.joining(" "));
  }

  /** Reflection returns methods in no fixed order; the source order is the class file's. */
  private static int declarationOrder(Method method) {
    String[] order = SOURCE_ORDER.get(method.getDeclaringClass());
    int index = order == null ? -1 : Arrays.asList(order).indexOf(method.getName());
    if (index < 0) {
      throw new AssertionError(
          "attribute "
              + method.getDeclaringClass().getSimpleName()
              + "."
              + method.getName()
              + " is not in the contract");
    }
    return index;
  }

  private static final Map<Class<?>, String[]> SOURCE_ORDER = new LinkedHashMap<>();

  static {
    ATTRIBUTES.forEach(
        (type, attributes) ->
            SOURCE_ORDER.put(
                type,
                attributes.isEmpty()
                    ? new String[0]
                    : Arrays.stream(attributes.split(" "))
                        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                        .toArray(String[]::new)));
  }

  private static String attribute(Method method) {
    Object value = method.getDefaultValue();
    return value == null ? method.getName() : method.getName() + "=" + render(value);
  }

  private static String render(Object value) {
    if (value instanceof Annotation annotation) {
      return "@" + annotation.annotationType().getSimpleName();
    }
    if (value.getClass().isArray()) {
      return Array.getLength(value) == 0 ? "[]" : "[...]";
    }
    return String.valueOf(value);
  }

  private static Set<ElementType> targets(Class<? extends Annotation> type) {
    Target target = type.getAnnotation(Target.class);
    assertThat(target).as(type.getSimpleName() + " has @Target").isNotNull();
    return Set.of(target.value());
  }

  private static boolean isRetainedInClassFiles(Class<? extends Annotation> type) {
    Retention retention = type.getAnnotation(Retention.class);
    return retention != null
        && (retention.value() == RetentionPolicy.CLASS
            || retention.value() == RetentionPolicy.RUNTIME);
  }

  private static void assertRepeatableThrough(
      Class<? extends Annotation> type, Set<ElementType> targets) {
    Repeatable repeatable = type.getAnnotation(Repeatable.class);
    assertThat(repeatable).as(type.getSimpleName() + " is @Repeatable").isNotNull();
    Class<? extends Annotation> container = repeatable.value();
    assertThat(targets(container)).isEqualTo(targets);
    assertThat(container.getAnnotation(Retention.class).value())
        .isEqualTo(type.getAnnotation(Retention.class).value());
  }

  /** The simple names of the package's top-level annotation types, from the compiled classes. */
  private static Set<String> topLevelAnnotations() throws IOException, URISyntaxException {
    Path root =
        Path.of(ApiKeyHeader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/gatehouse/annotations");
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          try {
            Class<?> type =
                Class.forName("dev.gatehouse.annotations." + name.replace(".class", ""));
            if (type.isAnnotation()) {
              names.add(type.getSimpleName());
            }
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return names;
  }
}
