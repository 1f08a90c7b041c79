package dev.gatehouse.processor.parse;

import java.util.List;
import java.util.stream.Stream;

/**
 * Qualified names of every annotation the processor reads: Gatehouse's own, JAX-RS in both its
 * {@code jakarta} and {@code javax} namespaces, and Spring MVC's (read by name, so none of them
 * needs to be on the processor's class path).
 */
public final class Names {
  private static final String G = "dev.gatehouse.annotations.";

  static final String API_KEY_QUERY = G + "ApiKeyQuery";
  static final String API_KEY_HEADER = G + "ApiKeyHeader";
  static final String API_KEY_COOKIE = G + "ApiKeyCookie";
  static final String HTTP_BASIC = G + "HttpBasic";
  static final String HTTP_BEARER = G + "HttpBearer";
  static final String HTTP_DIGEST = G + "HttpDigest";
  static final String HTTP_SCHEME = G + "HttpScheme";
  static final String OAUTH2_PASSWORD_BEARER = G + "OAuth2PasswordBearer";
  static final String OAUTH2_AUTHORIZATION_CODE_BEARER = G + "OAuth2AuthorizationCodeBearer";
  static final String OAUTH2 = G + "OAuth2";
  static final String OPEN_ID_CONNECT = G + "OpenIdConnect";
  static final String SECURITY_REQUIREMENT = G + "SecurityRequirement";
  static final String SECURITY_REQUIREMENTS_SET = G + "SecurityRequirementsSet";
  static final String OPTIONAL_SECURITY = G + "OptionalSecurity";
  static final String PUBLIC = G + "Public";
  static final String STEP_UP = G + "StepUp";

  /** The repeatable scheme annotations. */
  static final List<String> SCHEMES =
      List.of(
          API_KEY_QUERY,
          API_KEY_HEADER,
          API_KEY_COOKIE,
          HTTP_BASIC,
          HTTP_BEARER,
          HTTP_DIGEST,
          HTTP_SCHEME,
          OAUTH2_PASSWORD_BEARER,
          OAUTH2_AUTHORIZATION_CODE_BEARER,
          OAUTH2,
          OPEN_ID_CONNECT);

  /** The requirement annotations, which belong on endpoint interfaces and their operations. */
  static final List<String> REQUIREMENTS =
      List.of(SECURITY_REQUIREMENT, SECURITY_REQUIREMENTS_SET, OPTIONAL_SECURITY, PUBLIC, STEP_UP);

  private static final List<String> JAX_RS = List.of("jakarta.ws.rs.", "javax.ws.rs.");

  static final List<String> PATH = jaxRs("Path");
  static final List<String> HTTP_METHOD = jaxRs("HttpMethod");
  static final List<String> PATH_PARAM = jaxRs("PathParam");
  static final List<String> QUERY_PARAM = jaxRs("QueryParam");
  static final List<String> HEADER_PARAM = jaxRs("HeaderParam");
  static final List<String> COOKIE_PARAM = jaxRs("CookieParam");
  static final List<String> FORM_PARAM = jaxRs("FormParam");
  static final List<String> DEFAULT_VALUE = jaxRs("DefaultValue");
  static final List<String> PRODUCES = jaxRs("Produces");
  static final List<String> CONSUMES = jaxRs("Consumes");

  /** Parameter annotations whose parameter is neither documented nor the request body. */
  static final List<String> NOT_A_BODY =
      Stream.of("MatrixParam", "BeanParam", "core.Context", "container.Suspended")
          .flatMap(n -> jaxRs(n).stream())
          .toList();

  private static final String SPRING = "org.springframework.web.bind.annotation.";

  static final String REQUEST_MAPPING = SPRING + "RequestMapping";

  /** Spring's composed mappings, each with the HTTP method it stands for. */
  static final java.util.Map<String, String> SPRING_VERB_MAPPINGS =
      java.util.Map.of(
          SPRING + "GetMapping", "GET",
          SPRING + "PostMapping", "POST",
          SPRING + "PutMapping", "PUT",
          SPRING + "DeleteMapping", "DELETE",
          SPRING + "PatchMapping", "PATCH");

  static final String PATH_VARIABLE = SPRING + "PathVariable";
  static final String REQUEST_PARAM = SPRING + "RequestParam";
  static final String REQUEST_HEADER = SPRING + "RequestHeader";
  static final String COOKIE_VALUE = SPRING + "CookieValue";
  static final String REQUEST_BODY = SPRING + "RequestBody";

  /** Spring's {@code ValueConstants.DEFAULT_NONE}: the "no default value" marker. */
  static final String SPRING_DEFAULT_NONE = "\n\t\t\n\t\t\n\uE000\uE001\uE002\n\t\t\t\t\n";

  private static final String JACKSON = "com.fasterxml.jackson.annotation.";

  static final String JSON_PROPERTY = JACKSON + "JsonProperty";
  static final String JSON_IGNORE = JACKSON + "JsonIgnore";
  static final String JSON_INCLUDE = JACKSON + "JsonInclude";
  static final String JSON_VALUE = JACKSON + "JsonValue";
  static final String JSON_CREATOR = JACKSON + "JsonCreator";
  static final String JSON_TYPE_INFO = JACKSON + "JsonTypeInfo";
  static final String JSON_SUB_TYPES = JACKSON + "JsonSubTypes";
  static final String JSON_TYPE_NAME = JACKSON + "JsonTypeName";

  private static final List<String> VALIDATION =
      List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

  private Names() {}

  /** A Bean Validation constraint in both its {@code jakarta} and {@code javax} packages. */
  static List<String> validation(String simpleName) {
    return VALIDATION.stream().map(p -> p + simpleName).toList();
  }

  /**
   * Every annotation the processor claims interest in: each scheme and requirement annotation with
   * its repeatable container, JAX-RS {@code @Path} and Spring MVC's mappings.
   */
  public static List<String> supportedAnnotationTypes() {
    return Stream.of(
            schemeAnnotationTypes().stream(),
            requirementAnnotationTypes().stream(),
            pathAnnotationTypes().stream())
        .flatMap(s -> s)
        .sorted()
        .toList();
  }

  /** The scheme annotations and their containers, by qualified name. */
  public static List<String> schemeAnnotationTypes() {
    return SCHEMES.stream().flatMap(n -> Stream.of(n, n + ".List")).toList();
  }

  /** The requirement annotations and the containers of the repeatable ones. */
  public static List<String> requirementAnnotationTypes() {
    return Stream.concat(
            REQUIREMENTS.stream(),
            Stream.of(SECURITY_REQUIREMENT + ".List", SECURITY_REQUIREMENTS_SET + ".List"))
        .toList();
  }

  /**
   * JAX-RS {@code @Path} in both namespaces and Spring MVC's {@code @RequestMapping} and composed
   * mappings: the annotations that make an interface, or a method's interface, an endpoint.
   */
  public static List<String> pathAnnotationTypes() {
    return Stream.of(
            PATH.stream(), Stream.of(REQUEST_MAPPING), SPRING_VERB_MAPPINGS.keySet().stream())
        .flatMap(s -> s)
        .sorted()
        .toList();
  }

  private static List<String> jaxRs(String simpleName) {
    return JAX_RS.stream().map(p -> p + simpleName).toList();
  }
}
