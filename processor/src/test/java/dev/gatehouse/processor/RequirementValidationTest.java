package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors in security requirements and where they are written, one test per diagnostic: each bad
 * input fails with exactly one error, at the requirement annotation that is wrong.
 */
class RequirementValidationTest {

  static Stream<Arguments> unknownScheme() {
    return Stream.of(
        Arguments.of(
            "SecUnknownScheme",
            "@SecurityRequirement(\"HTTPBaerer\")",
            "Security requirement names scheme \"HTTPBaerer\", which is not declared. Did you mean"
                + " \"HTTPBearer\"? Declared schemes: HTTPBasic, HTTPBearer. Declare it with a"
                + " scheme annotation (e.g. @HttpBearer(schemeName = \"HTTPBaerer\")) or use a"
                + " declared name."),
        // No close name, so no suggestion; reported once, not once per operation.
        Arguments.of(
            "SecUnknownScheme_onInterface",
            "@SecurityRequirement(\"Missing\")",
            "names scheme \"Missing\", which is not declared. Declared schemes: HTTPBearer."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unknownScheme(String input, String line, String message) {
    Sources.assertSingleError("[SecUnknownScheme]", input, List.of(), line, message);
  }

  @Test
  void undeclaredScope() {
    Sources.assertSingleError(
        "[SecUndeclaredScope]",
        "SecUndeclaredScope",
        List.of(),
        "@SecurityRequirement(value = \"OAuth2\", scopes = {\"read\", \"admin\"})",
        "Scope \"admin\" is not declared by the flows of OAuth2 scheme \"OAuth2\" (declared: read,"
            + " write). Add @Scope(name = \"admin\") to one of its flows");
  }

  @Test
  void rolesOnHttpSchemeNeedOpenApi31() {
    Sources.assertSingleError(
        "[SecRolesNeedOpenApi31]",
        "SecRolesNeedOpenApi31",
        List.of("-Agatehouse.openapi.version=3.0.3"),
        "@SecurityRequirement(value = \"HTTPBearer\", scopes = \"admin\")",
        "Scheme \"HTTPBearer\" is of type http, and OpenAPI 3.0.3 allows scopes only for oauth2"
            + " and openIdConnect schemes, so [admin] cannot be written. Remove the scopes, or"
            + " target OpenAPI 3.1.0 or later");
  }

  @Test
  void rolesOnHttpSchemeAreAcceptedUnderOpenApi31() {
    Compilation compilation =
        Sources.compile(List.of(), List.of(Sources.file("bad/SecRolesNeedOpenApi31.java")));

    assertThat(compilation).succeededWithoutWarnings();
  }

  static Stream<Arguments> publicWithRequirements() {
    return Stream.of(
        Arguments.of(
            "SecPublicWithRequirements",
            "@Public cannot be combined with @SecurityRequirement on"
                + " test.SecPublicWithRequirements.status()"),
        // One mistake, one error: the unused @OptionalSecurity must not be reported again.
        Arguments.of(
            "SecPublicWithRequirements_optional",
            "@Public cannot be combined with @OptionalSecurity on"
                + " test.SecPublicWithRequirements_optional.status()"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void publicWithRequirements(String input, String message) {
    Sources.assertSingleError("[SecPublicWithRequirements]", input, List.of(), "@Public", message);
  }

  @Test
  void emptyRequirementsSet() {
    Sources.assertSingleError(
        "[SecEmptyRequirementsSet]",
        "SecEmptyRequirementsSet",
        List.of(),
        "@SecurityRequirementsSet({})",
        "@SecurityRequirementsSet lists no scheme, which would let anyone in.");
  }

  static Stream<Arguments> duplicateSchemeInSet() {
    return Stream.of(
        Arguments.of(
            "SecDuplicateSchemeInSet",
            "@SecurityRequirement(value = \"HTTPBearer\", scopes = \"admin\")",
            "Scheme \"HTTPBearer\" appears twice in one @SecurityRequirementsSet"),
        // A member of a repeated @SecurityRequirementsSet (held by its synthesized container).
        Arguments.of(
            "SecDuplicateSchemeInSet_repeated",
            "@SecurityRequirement(value = \"APIKeyHeader\", scopes = \"admin\")",
            "Scheme \"APIKeyHeader\" appears twice in one @SecurityRequirementsSet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void duplicateSchemeInSet(String input, String line, String message) {
    Sources.assertSingleError("[SecDuplicateSchemeInSet]", input, List.of(), line, message);
  }

  @Test
  void optionalWithoutRequirement() {
    Sources.assertSingleError(
        "[SecOptionalWithoutRequirement]",
        "SecOptionalWithoutRequirement",
        List.of(),
        "@OptionalSecurity",
        "@OptionalSecurity on test.SecOptionalWithoutRequirement.search() has no requirement to"
            + " make optional.");
  }

  static Stream<Arguments> notAnEndpoint() {
    return Stream.of(
        Arguments.of(
            "SecNotAnEndpoint",
            "@SecurityRequirement(\"HTTPBearer\")",
            "@SecurityRequirement on test.SecNotAnEndpoint has no effect"),
        Arguments.of(
            "SecNotAnEndpoint_method",
            "@SecurityRequirement(\"HTTPBearer\")",
            "@SecurityRequirement on test.SecNotAnEndpoint_method.helper() has no effect"),
        // Repeated: the message names @SecurityRequirement, not its container, at the first one.
        Arguments.of(
            "SecNotAnEndpoint_repeated",
            "@SecurityRequirement(\"HTTPBearer\")",
            "@SecurityRequirement on test.SecNotAnEndpoint_repeated has no effect"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void notAnEndpoint(String input, String line, String message) {
    Sources.assertSingleError("[SecNotAnEndpoint]", input, List.of(), line, message);
  }

  @Test
  void apiKeyInAuthorizationHeaderBesideHttpScheme() {
    Sources.assertSingleError(
        "[SecApiKeyInAuthorization]",
        "SecApiKeyInAuthorization",
        List.of(),
        "@SecurityRequirement(\"AuthorizationKey\")",
        "API key scheme \"AuthorizationKey\" reads the Authorization header, which HTTP scheme"
            + " \"HTTPBearer\" of the same operation reads too");
  }

  static Stream<Arguments> unsatisfiableRequirementsSet() {
    return Stream.of(
        Arguments.of(
            "SecUnsatisfiableRequirementsSet",
            "@SecurityRequirementsSet(",
            "@SecurityRequirementsSet needs schemes \"HTTPBasic\" and \"HTTPBearer\" together, but"
                + " both read the Authorization header, which carries one credential per request:"
                + " no request can satisfy the set (one credential there is refused as missing the"
                + " other, two as ambiguous). Offer them as alternatives (two separate"
                + " @SecurityRequirement annotations), or declare one of them to read another place"
                + " (an API key, e.g. in X-API-Key)."),
        // On the interface: reported once, not once per operation; header names ignore case.
        Arguments.of(
            "SecUnsatisfiableRequirementsSet_apiKeys",
            "@SecurityRequirementsSet(",
            "needs schemes \"KeyA\" and \"KeyB\" together, but both read the header \"x-key\""),
        // The query parameter of the same name is another place; the second cookie is not.
        Arguments.of(
            "SecUnsatisfiableRequirementsSet_cookie",
            "@SecurityRequirement(\"AdminSession\")",
            "needs schemes \"Session\" and \"AdminSession\" together, but both read the cookie"
                + " \"sid\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unsatisfiableRequirementsSet(String input, String line, String message) {
    Sources.assertSingleError("[SecUnsatisfiableRequirementsSet]", input, List.of(), line, message);
  }

  @Test
  void optionalAppliesToNoOperation() {
    Sources.assertSingleError(
        "[SecOptionalAppliesToNoOperation]",
        "SecOptionalAppliesToNoOperation",
        List.of(),
        "@OptionalSecurity",
        "@OptionalSecurity on test.SecOptionalAppliesToNoOperation makes the interface's"
            + " requirement optional, but every operation declares its own requirement or @Public,"
            + " so it applies to no operation.");
  }
}
