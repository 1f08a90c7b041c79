package dev.gatehouse.processor.diag;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor emits. The tag in brackets is stable: tests, documentation and
 * {@code @SuppressWarnings("<tag>")} refer to it, so a tag is never renamed or reused.
 */
public enum Diagnostic {
  UNKNOWN_SCHEME(
      "SecUnknownScheme",
      Kind.ERROR,
      "Security requirement names scheme \"%s\", which is not declared.%s Declared schemes: %s."
          + " Declare it with a scheme annotation (e.g. @HttpBearer(schemeName = \"%1$s\")) or"
          + " use a declared name."),
  UNDECLARED_SCOPE(
      "SecUndeclaredScope",
      Kind.ERROR,
      "Scope \"%s\" is not declared by the flows of OAuth2 scheme \"%s\" (declared: %s). Add"
          + " @Scope(name = \"%1$s\") to one of its flows, or use a declared scope."),
  ROLES_NEED_OPENAPI_31(
      "SecRolesNeedOpenApi31",
      Kind.ERROR,
      "Scheme \"%s\" is of type %s, and OpenAPI %s allows scopes only for oauth2 and"
          + " openIdConnect schemes, so %s cannot be written. Remove the scopes, or target"
          + " OpenAPI 3.1.0 or later (-Agatehouse.openapi.version=3.1.0)."),
  MISSING_REQUIRED_FIELD(
      "SecMissingRequiredField", Kind.ERROR, "%s requires a non-empty %s, but it is empty. %s"),
  FIELD_NOT_APPLICABLE(
      "SecFieldNotApplicable",
      Kind.ERROR,
      "The %s flow does not take %s (\"%s\"); it takes %s. Remove %2$s, or declare the flow that"
          + " uses it."),
  CONFLICTING_SCHEME(
      "SecConflictingScheme",
      Kind.ERROR,
      "Scheme name \"%s\" is declared twice with different definitions: %s here and %s on %s."
          + " Give one of them another schemeName, or make both declarations identical."),
  DUPLICATE_SCOPE(
      "SecDuplicateScope",
      Kind.ERROR,
      "Scope \"%s\" is declared twice in the %s flow of scheme \"%s\". A flow's scopes map has"
          + " one entry per name; remove the duplicate."),
  INVALID_SCOPE_NAME(
      "SecInvalidScopeName",
      Kind.ERROR,
      "Scope \"%s\" is not a valid OAuth2 scope (RFC 6749 section 3.3): %s. A scope is one or"
          + " more printable ASCII characters without space, '\"' or '\\'."),
  INVALID_REALM(
      "SecInvalidRealm",
      Kind.ERROR,
      "Realm \"%s\" contains %s. The realm is sent as a quoted string in WWW-Authenticate and"
          + " must be printable ASCII without '\"' or '\\'; choose another realm."),
  INSECURE_URL(
      "SecInsecureUrl",
      Kind.ERROR,
      "%s \"%s\" uses plain http to host \"%s\", but OAuth2 and OpenID Connect require TLS. Use"
          + " https, a loopback host (localhost, 127.0.0.1, [::1]) during development, or a"
          + " relative URL such as \"token\"."),
  MALFORMED_URL(
      "SecMalformedUrl",
      Kind.ERROR,
      "%s \"%s\" is not a valid URL: %s. Use an absolute https URL, or a relative reference"
          + " such as \"token\" that resolves against the server URL."),
  REQUIRES_OPENAPI_32(
      "SecRequiresOpenApi32",
      Kind.ERROR,
      "%s is an OpenAPI 3.2 feature, but the document targets OpenAPI %s. Remove it, or target"
          + " 3.2.0 with -Agatehouse.openapi.version=3.2.0."),
  PUBLIC_WITH_REQUIREMENTS(
      "SecPublicWithRequirements",
      Kind.ERROR,
      "@Public cannot be combined with %s on %s: @Public removes all authentication. Remove"
          + " @Public, or remove the requirement."),
  DUPLICATE_ROUTE(
      "SecDuplicateRoute",
      Kind.ERROR,
      "%s %s is declared twice: by %s and by %s. A method and path may have only one operation;"
          + " change the path or the HTTP method of one of them."),
  OAUTH2_NO_FLOW(
      "SecOAuth2NoFlow",
      Kind.ERROR,
      "OAuth2 scheme \"%s\" declares no flow, but an oauth2 scheme needs at least one. Set"
          + " flows = @OAuthFlows(authorizationCode = @OAuthFlow(authorizationUrl = ...,"
          + " tokenUrl = ...)) or another flow (implicit, password, clientCredentials,"
          + " deviceAuthorization)."),
  INVALID_SCHEME_NAME(
      "SecInvalidSchemeName",
      Kind.ERROR,
      "Scheme name \"%s\" is not a valid OpenAPI component name: %s. Use letters, digits, '.',"
          + " '-' and '_' only (names that look like URIs are confused with URI references in"
          + " OpenAPI 3.2)."),
  INVALID_TOKEN(
      "SecInvalidToken",
      Kind.ERROR,
      "%s \"%s\" is not an HTTP token (RFC 9110 section 5.6.2): %s. Use letters, digits and"
          + " !#$%%&'*+-.^_`|~ only."),
  API_KEY_IN_AUTHORIZATION(
      "SecApiKeyInAuthorization",
      Kind.ERROR,
      "API key scheme \"%s\" reads the Authorization header, which HTTP scheme \"%s\" of the same"
          + " operation reads too, so neither could tell whose credential it is. Carry the key in"
          + " another header, e.g. X-API-Key."),
  UNSATISFIABLE_REQUIREMENTS_SET(
      "SecUnsatisfiableRequirementsSet",
      Kind.ERROR,
      "@SecurityRequirementsSet needs schemes \"%s\" and \"%s\" together, but both read %s,"
          + " which carries one credential per request: no request can satisfy the set (one"
          + " credential there is refused as missing the other, two as ambiguous). Offer them as"
          + " alternatives (two separate @SecurityRequirement annotations), or declare one of them"
          + " to read %s."),
  OPTIONAL_APPLIES_TO_NO_OPERATION(
      "SecOptionalAppliesToNoOperation",
      Kind.ERROR,
      "@OptionalSecurity on %s makes the interface's requirement optional, but every operation"
          + " declares its own requirement or @Public, so it applies to no operation. Put"
          + " @OptionalSecurity on the methods whose requirement should admit anonymous callers,"
          + " or remove it."),
  EMPTY_REQUIREMENTS_SET(
      "SecEmptyRequirementsSet",
      Kind.ERROR,
      "@SecurityRequirementsSet lists no scheme, which would let anyone in. List the schemes"
          + " that must all be present, or use @OptionalSecurity or @Public."),
  DUPLICATE_SCHEME_IN_SET(
      "SecDuplicateSchemeInSet",
      Kind.ERROR,
      "Scheme \"%s\" appears twice in one @SecurityRequirementsSet, but a requirement object has"
          + " one key per scheme. Merge the scopes into one @SecurityRequirement."),
  OPTIONAL_WITHOUT_REQUIREMENT(
      "SecOptionalWithoutRequirement",
      Kind.ERROR,
      "@OptionalSecurity on %s has no requirement to make optional. Add a @SecurityRequirement"
          + " here or on the interface, or remove @OptionalSecurity."),
  NOT_AN_ENDPOINT(
      "SecNotAnEndpoint",
      Kind.ERROR,
      "%s on %s has no effect: security requirements apply to endpoint interfaces (interfaces"
          + " annotated with JAX-RS @Path or Spring @RequestMapping) and their HTTP methods (@GET,"
          + " @POST, @GetMapping ...). Move it to the endpoint interface or one of its operations."),
  UNKNOWN_PATH_PARAM(
      "SecUnknownPathParam",
      Kind.ERROR,
      "%s names no variable of path \"%s\" (variables: %s). Fix the name or the %s template."),
  DUPLICATE_PARAMETER(
      "SecDuplicateParameter",
      Kind.ERROR,
      "The %s parameter \"%s\" is declared twice on %s, but OpenAPI allows one parameter per name"
          + " and location. Remove or rename one."),
  INVALID_PATH_TEMPLATE(
      "SecInvalidPathTemplate",
      Kind.ERROR,
      "Path \"%s\" is not a valid JAX-RS path template: %s. Write variables as {name} or"
          + " {name: regex}, each name once per path."),
  SPRING_PATH_NOT_SERVED(
      "SecSpringPathNotServed",
      Kind.ERROR,
      "Spring MVC serves %s only at \"%s\": it matches paths exactly, trailing '/' and empty"
          + " segments included. The document and the route table would list \"%s\", which"
          + " Spring does not serve. Write the mapping without a trailing '/' or '//', so that it"
          + " joins to \"%3$s\"."),
  EMPTY_PATH_SEGMENT(
      "SecEmptyPathSegment",
      Kind.ERROR,
      "@Path \"%s\" has an empty segment ('//'). JAX-RS serves it only as spelled, but the"
          + " document and the route table would list \"%s\", which is not served. Remove the"
          + " extra '/'."),
  CONFLICTING_HTTP_METHODS(
      "SecConflictingHttpMethods",
      Kind.ERROR,
      "%s has several HTTP method annotations %s, but a JAX-RS resource method has exactly one."
          + " Keep one, and declare another method for the other HTTP method."),
  MISSING_HTTP_METHOD(
      "SecMissingHttpMethod",
      Kind.ERROR,
      "@RequestMapping on %s names no HTTP method, so Spring would serve every method, which the"
          + " document cannot state. Use @GetMapping, @PostMapping ... or set method ="
          + " RequestMethod.GET."),
  WRITE_FAILED(
      "SecWriteFailed",
      Kind.ERROR,
      "Could not write %s to the class output: %s. Check that no other processor or resource"
          + " writes the same path, or choose another with -Agatehouse.openapi.path."),
  UNRESOLVED_TYPE(
      "SecUnresolvedType",
      Kind.ERROR,
      "Endpoint %s uses %s, which javac cannot resolve: a class file on the class path refers to a"
          + " class that is missing from it. Gatehouse can neither describe it nor generate the"
          + " endpoint's security glue. Add the missing dependency to the compile class path."),
  GENERATED_NAME_TAKEN(
      "SecGeneratedNameTaken",
      Kind.ERROR,
      "Gatehouse generates class %s for %s, but a class of that name already exists in this"
          + " compilation: declared in the sources, generated by another processor, or generated"
          + " for another type whose nested name joins to the same (A.B and A_B). Rename one of"
          + " them: Gatehouse names its classes <Endpoint>_Security and"
          + " <Holder>_<Scheme>_CredentialExtractor, and its typed verifier builder"
          + " GatehouseSchemes (choose another name with -Agatehouse.wiring=<qualified name>)."),
  VERIFIER_NAME_CLASH(
      "SecVerifierNameClash",
      Kind.ERROR,
      "Schemes \"%s\" and \"%s\" both give the method %s(...) of the typed verifier builder %s,"
          + " even spelled as they are written. Rename one of them (schemeName), or write no"
          + " typed builder with -Agatehouse.wiring=none."),
  INVALID_OPTION("SecInvalidOption", Kind.ERROR, "Processor option -A%s=\"%s\" is invalid: %s."),
  API_KEY_IN_QUERY(
      "SecApiKeyInQuery",
      Kind.WARNING,
      "API key scheme \"%s\" takes its key from query parameter \"%s\", where proxies, server"
          + " logs and browser history keep it. Prefer @ApiKeyHeader, or add"
          + " @SuppressWarnings(\"SecApiKeyInQuery\") where the scheme is declared."),
  DEPRECATED_FLOW(
      "SecDeprecatedFlow",
      Kind.WARNING,
      "The %s flow of OAuth2 scheme \"%s\" is deprecated by RFC 9700 (OAuth 2.0 Security Best"
          + " Current Practice). Prefer authorizationCode (with PKCE) or clientCredentials, or add"
          + " @SuppressWarnings(\"SecDeprecatedFlow\") where the scheme is declared."),
  UNSUPPORTED_POLYMORPHISM(
      "SecUnsupportedPolymorphism",
      Kind.WARNING,
      "The polymorphism of %s cannot be documented: %s. The document describes its values as"
          + " any JSON value. Use @JsonTypeInfo(use = JsonTypeInfo.Id.NAME) with include PROPERTY"
          + " or EXISTING_PROPERTY and list the subtypes (@JsonSubTypes or a sealed type), or add"
          + " @SuppressWarnings(\"SecUnsupportedPolymorphism\") to the type."),
  DEFAULT_NOT_OF_TYPE(
      "SecDefaultNotOfType",
      Kind.WARNING,
      "The default \"%s\" of %s parameter \"%s\" is not %s, so %s cannot convert it when the"
          + " parameter is absent, and the document leaves the default out. Give a default of the"
          + " parameter's type, or add @SuppressWarnings(\"SecDefaultNotOfType\") to the method."),
  RESOURCE_WITHOUT_TOKEN_SCHEME(
      "SecResourceWithoutTokenScheme",
      Kind.WARNING,
      "Processor option -Agatehouse.resource=\"%s\" names an OAuth protected resource, but no"
          + " OAuth2, OpenID Connect or HTTP bearer scheme is declared, so no protected-resource"
          + " metadata (RFC 9728) is written. Declare the token scheme, or remove the option."),
  MTLS_NEEDS_HTTPS(
      "SecMtlsNeedsHttps",
      Kind.ERROR,
      "Scheme \"%s\" declares tokenBinding = %s, so its clients prove possession with a TLS"
          + " client certificate, but server URL \"%s\" (-Agatehouse.servers) is not https. Serve"
          + " the API over https at every server URL, or use tokenBinding = DPOP."),
  DPOP_NEEDS_TOKEN_SCHEME(
      "SecDpopNeedsTokenScheme",
      Kind.ERROR,
      "Scheme \"%s\" declares the HTTP authentication scheme \"%s\" with @HttpScheme, but DPoP"
          + " (RFC 9449) binds an OAuth access token and needs its proof checked. Declare the token"
          + " scheme (@HttpBearer, @OAuth2, @OAuth2PasswordBearer, @OAuth2AuthorizationCodeBearer"
          + " or @OpenIdConnect) with tokenBinding = TokenBinding.DPOP instead."),
  CONFLICTING_TOKEN_BINDING(
      "SecConflictingTokenBinding",
      Kind.ERROR,
      "Scheme \"%s\" is declared with tokenBinding = %s here and %s on %s. Declare one binding"
          + " (DPOP_OR_MTLS accepts both kinds of bound tokens)."),
  INVALID_ACR_VALUE(
      "SecInvalidAcrValue",
      Kind.ERROR,
      "@StepUp acr value \"%s\" on %s is not a valid acr value: %s. RFC 9470 sends acr_values as"
          + " space-separated RFC 6749 NQCHAR tokens: one or more printable ASCII characters"
          + " without space, '\"' or '\\'. Use the authorization server's acr name, e.g."
          + " \"urn:example:mfa\"."),
  DUPLICATE_ACR_VALUE(
      "SecDuplicateAcrValue",
      Kind.ERROR,
      "@StepUp on %s lists acr value \"%s\" twice. Each acceptable authentication context is"
          + " listed once; remove the duplicate."),
  EMPTY_STEP_UP(
      "SecEmptyStepUp",
      Kind.ERROR,
      "@StepUp on %s %s, so it requires nothing. Give acrValues (the authentication contexts"
          + " the operation accepts) and/or maxAge (the most seconds since the user authenticated),"
          + " or remove @StepUp."),
  INVALID_MAX_AGE(
      "SecInvalidMaxAge",
      Kind.ERROR,
      "@StepUp maxAge = %d on %s is not positive. maxAge is the most seconds since the user"
          + " authenticated (RFC 9470 max_age); give a positive number of seconds, e.g. maxAge ="
          + " 300, or leave it out for no limit."),
  STEP_UP_NEEDS_TOKEN_SCHEME(
      "SecStepUpNeedsTokenScheme",
      Kind.ERROR,
      "@StepUp applies to %s, but %s. Step-up authentication (RFC 9470) checks the acr and"
          + " auth_time of an access token, so every alternative of the operation's requirement"
          + " must name a token scheme (@HttpBearer, @OAuth2, @OAuth2PasswordBearer,"
          + " @OAuth2AuthorizationCodeBearer or @OpenIdConnect). Require one with"
          + " @SecurityRequirement, or remove @StepUp."),
  INTERNAL_ERROR(
      "SecInternalError",
      Kind.ERROR,
      "Gatehouse failed while processing %s. This is a bug in Gatehouse; please report it with"
          + " this trace:%n%s");

  private final String tag;
  private final Kind kind;
  private final String format;

  Diagnostic(String tag, Kind kind, String format) {
    this.tag = tag;
    this.kind = kind;
    this.format = format;
  }

  /** The stable tag, without brackets. */
  public String tag() {
    return tag;
  }

  /** Error or warning. */
  public Kind kind() {
    return kind;
  }

  /** The full message for the given arguments, starting with the bracketed tag. */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(java.util.Locale.ROOT, format, args);
  }
}
