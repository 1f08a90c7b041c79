package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors in scheme declarations, one test per diagnostic: each bad input under {@code bad/} fails
 * with exactly one error, at the annotation (or nested annotation, or value) that is wrong.
 */
class SchemeValidationTest {
  private static final List<String> V32 = List.of("-Agatehouse.openapi.version=3.2.0");

  static Stream<Arguments> missingRequiredField() {
    return Stream.of(
        Arguments.of(
            "SecMissingRequiredField_apiKeyName",
            List.of(),
            "@ApiKeyHeader(name = \"\")",
            "@ApiKeyHeader requires a non-empty name, but it is empty. Set name to the header"),
        Arguments.of(
            "SecMissingRequiredField_httpScheme",
            List.of(),
            "@HttpScheme(scheme = \"\")",
            "@HttpScheme requires a non-empty scheme, but it is empty. Set scheme to an HTTP"),
        Arguments.of(
            "SecMissingRequiredField_openIdConnectUrl",
            List.of(),
            "@OpenIdConnect(openIdConnectUrl = \"\")",
            "@OpenIdConnect requires a non-empty openIdConnectUrl, but it is empty."),
        Arguments.of(
            "SecMissingRequiredField_tokenUrl",
            List.of(),
            "@OAuthFlow(refreshUrl = \"https://id.example.com/refresh\")",
            "The @OAuth2 clientCredentials flow requires a non-empty tokenUrl"),
        Arguments.of(
            "SecMissingRequiredField_tokenUrlShortcut",
            List.of(),
            "@OAuth2PasswordBearer(tokenUrl = \"\")",
            "The @OAuth2PasswordBearer password flow requires a non-empty tokenUrl"),
        Arguments.of(
            "SecMissingRequiredField_authorizationUrl",
            List.of(),
            "@OAuthFlow(tokenUrl = \"https://id.example.com/token\")",
            "The @OAuth2 authorizationCode flow requires a non-empty authorizationUrl"),
        Arguments.of(
            "SecMissingRequiredField_authorizationUrlShortcut",
            List.of(),
            "authorizationUrl = \"\",",
            "The @OAuth2AuthorizationCodeBearer authorizationCode flow requires a non-empty"
                + " authorizationUrl"),
        Arguments.of(
            "SecMissingRequiredField_deviceAuthorizationUrl",
            V32,
            "@OAuthFlow(tokenUrl = \"https://id.example.com/token\")",
            "The @OAuth2 deviceAuthorization flow requires a non-empty deviceAuthorizationUrl"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void missingRequiredField(String input, List<String> options, String line, String message) {
    Sources.assertSingleError("[SecMissingRequiredField]", input, options, line, message);
  }

  static Stream<Arguments> fieldNotApplicable() {
    return Stream.of(
        Arguments.of(
            "SecFieldNotApplicable",
            "authorizationUrl = \"https://id.example.com/authorize\",",
            "The clientCredentials flow does not take authorizationUrl"
                + " (\"https://id.example.com/authorize\"); it takes tokenUrl, refreshUrl."),
        Arguments.of(
            "SecFieldNotApplicable_deviceAuthorizationUrl",
            "deviceAuthorizationUrl = \"https://id.example.com/device\")))",
            "The authorizationCode flow does not take deviceAuthorizationUrl"
                + " (\"https://id.example.com/device\"); it takes authorizationUrl, tokenUrl,"
                + " refreshUrl."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void fieldNotApplicable(String input, String line, String message) {
    Sources.assertSingleError("[SecFieldNotApplicable]", input, List.of(), line, message);
  }

  static Stream<Arguments> invalidToken() {
    return Stream.of(
        Arguments.of(
            "SecInvalidToken_header",
            "@ApiKeyHeader(name = \"X API Key\")",
            "Header name \"X API Key\" is not an HTTP token (RFC 9110 section 5.6.2): it contains"
                + " a space."),
        Arguments.of(
            "SecInvalidToken_cookie",
            "@ApiKeyCookie(name = \"session;id\")",
            "Cookie name \"session;id\" is not an HTTP token (RFC 9110 section 5.6.2): it"
                + " contains ';'."),
        Arguments.of(
            "SecInvalidToken_httpScheme",
            "@HttpScheme(scheme = \"Ho/ba\")",
            "HTTP scheme \"Ho/ba\" is not an HTTP token (RFC 9110 section 5.6.2): it contains"
                + " '/'."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidToken(String input, String line, String message) {
    Sources.assertSingleError("[SecInvalidToken]", input, List.of(), line, message);
  }

  static Stream<Arguments> invalidRealm() {
    return Stream.of(
        Arguments.of(
            "SecInvalidRealm_quote",
            "@HttpBasic(realm = \"the \\\"staff\\\" area\")",
            "Realm \"the \"staff\" area\" contains '\"'."),
        Arguments.of(
            "SecInvalidRealm_backslash",
            "@HttpBasic(realm = \"corp\\\\staff\")",
            "Realm \"corp\\staff\" contains '\\'."),
        Arguments.of(
            "SecInvalidRealm_nonAscii",
            "@HttpBasic(realm = \"Zürich\")",
            "Realm \"Zürich\" contains the non-ASCII character 'ü' (U+00FC)."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidRealm(String input, String line, String message) {
    Sources.assertSingleError("[SecInvalidRealm]", input, List.of(), line, message);
  }

  static Stream<Arguments> insecureUrl() {
    return Stream.of(
        Arguments.of(
            "SecInsecureUrl",
            List.of(),
            "tokenUrl = \"http://id.example.com/token\"",
            "@OAuth2 clientCredentials flow tokenUrl \"http://id.example.com/token\" uses plain"
                + " http to host \"id.example.com\""),
        Arguments.of(
            "SecInsecureUrl_openIdConnect",
            List.of(),
            "@OpenIdConnect(openIdConnectUrl = \"http://id.example.com/",
            "@OpenIdConnect openIdConnectUrl"
                + " \"http://id.example.com/.well-known/openid-configuration\" uses plain http to"
                + " host \"id.example.com\""),
        Arguments.of(
            "SecInsecureUrl_localhostLookalike",
            List.of(),
            "@OAuth2PasswordBearer(tokenUrl = \"http://localhost.example.com/token\")",
            "uses plain http to host \"localhost.example.com\""),
        Arguments.of(
            "SecInsecureUrl_oauth2MetadataUrl",
            V32,
            "oauth2MetadataUrl = \"http://id.example.com/",
            "@OAuth2AuthorizationCodeBearer oauth2MetadataUrl"
                + " \"http://id.example.com/.well-known/oauth-authorization-server\" uses plain"
                + " http"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void insecureUrl(String input, List<String> options, String line, String message) {
    Sources.assertSingleError("[SecInsecureUrl]", input, options, line, message);
  }

  @Test
  void plainHttpToLoopbackAndRelativeUrlsAreAccepted() {
    JavaFileObject source = Sources.file("bad/SecInsecureUrl_loopbackAndRelative.java");
    Compilation compilation = Sources.compile(List.of(), List.of(source));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generated(compilation, Sources.OPENAPI)).isPresent();
    assertThat(Sources.wroteOpenApi(compilation)).isTrue();
  }

  static Stream<Arguments> malformedUrl() {
    return Stream.of(
        Arguments.of(
            "SecMalformedUrl",
            "tokenUrl = \"https://id.example.com/to ken\"",
            "tokenUrl \"https://id.example.com/to ken\" is not a valid URL: Illegal character in"
                + " path at index 25."),
        Arguments.of(
            "SecMalformedUrl_scheme",
            "@OpenIdConnect(openIdConnectUrl = \"ftp://",
            "is not a valid URL: the scheme is \"ftp\", not https."),
        Arguments.of(
            "SecMalformedUrl_noHost",
            "@OAuth2PasswordBearer(tokenUrl = \"https:///token\")",
            "tokenUrl \"https:///token\" is not a valid URL: it has no host."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void malformedUrl(String input, String line, String message) {
    Sources.assertSingleError("[SecMalformedUrl]", input, List.of(), line, message);
  }

  static Stream<Arguments> invalidSchemeName() {
    return Stream.of(
        Arguments.of(
            "SecInvalidSchemeName",
            "@HttpBearer(schemeName = \"Bearer Token\")",
            "Scheme name \"Bearer Token\" is not a valid OpenAPI component name: it contains a"
                + " space."),
        Arguments.of(
            "SecInvalidSchemeName_empty",
            "@HttpBasic(schemeName = \"\")",
            "Scheme name \"\" is not a valid OpenAPI component name: it is empty."),
        Arguments.of(
            "SecInvalidSchemeName_uri",
            "schemeName = \"https://example.com/key\")",
            "Scheme name \"https://example.com/key\" is not a valid OpenAPI component name: it"
                + " contains ':'."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidSchemeName(String input, String line, String message) {
    Sources.assertSingleError("[SecInvalidSchemeName]", input, List.of(), line, message);
  }

  static Stream<Arguments> conflictingScheme() {
    return Stream.of(
        Arguments.of(
            "SecConflictingScheme",
            "@HttpBasic(schemeName = \"Auth\")",
            "Scheme name \"Auth\" is declared twice with different definitions: @HttpBasic here"
                + " and @HttpBearer on test.SecConflictingScheme."),
        Arguments.of(
            "SecConflictingScheme_sameKind",
            "@HttpBearer(schemeName = \"Auth\", bearerFormat",
            "Scheme name \"Auth\" is declared twice with different definitions: @HttpBearer here"
                + " and @HttpBearer on test.SecConflictingScheme_sameKind."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void conflictingScheme(String input, String line, String message) {
    Sources.assertSingleError("[SecConflictingScheme]", input, List.of(), line, message);
  }

  @Test
  void identicalDeclarationsOfOneSchemeAreNoConflict() {
    JavaFileObject source = Sources.file("bad/SecConflictingScheme_identical.java");
    Compilation compilation = Sources.compile(List.of(), List.of(source));

    assertThat(compilation).succeededWithoutWarnings();
  }

  static Stream<Arguments> duplicateScope() {
    return Stream.of(
        Arguments.of(
            "SecDuplicateScope",
            "@Scope(name = \"read\", description = \"Read again\")",
            "Scope \"read\" is declared twice in the authorizationCode flow of scheme"
                + " \"OAuth2\"."),
        Arguments.of(
            "SecDuplicateScope_shortcut",
            "@Scope(name = \"items\", description = \"Read items again.\")",
            "Scope \"items\" is declared twice in the authorizationCode flow of scheme"
                + " \"OAuth2AuthorizationCodeBearer\"."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void duplicateScope(String input, String line, String message) {
    Sources.assertSingleError("[SecDuplicateScope]", input, List.of(), line, message);
  }

  static Stream<Arguments> invalidScopeName() {
    return Stream.of(
        Arguments.of(
            "SecInvalidScopeName",
            "@Scope(name = \"read write\")",
            "Scope \"read write\" is not a valid OAuth2 scope (RFC 6749 section 3.3): it contains"
                + " a space."),
        Arguments.of(
            "SecInvalidScopeName_empty",
            "@Scope(name = \"\", description = \"Nothing\")",
            "Scope \"\" is not a valid OAuth2 scope (RFC 6749 section 3.3): it is empty."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidScopeName(String input, String line, String message) {
    Sources.assertSingleError("[SecInvalidScopeName]", input, List.of(), line, message);
  }

  static Stream<Arguments> oauth2NoFlow() {
    return Stream.of(
        Arguments.of(
            "SecOAuth2NoFlow",
            "@OAuth2(schemeName = \"Nothing\")",
            "OAuth2 scheme \"Nothing\" declares no flow, but an oauth2 scheme needs at least one."
                + " Set flows = @OAuthFlows("),
        Arguments.of(
            "SecOAuth2NoFlow_defaultFlow",
            "@OAuth2(schemeName = \"Empty\"",
            "OAuth2 scheme \"Empty\" declares no flow"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void oauth2NoFlow(String input, String line, String message) {
    Sources.assertSingleError("[SecOAuth2NoFlow]", input, List.of(), line, message);
  }

  @ParameterizedTest(name = "deprecated = true under {0}")
  @ValueSource(strings = {"3.0.3", "3.1.0"})
  void deprecatedSchemeRequiresOpenApi32(String version) {
    Sources.assertSingleError(
        "[SecRequiresOpenApi32]",
        "SecRequiresOpenApi32_deprecated",
        List.of("-Agatehouse.openapi.version=" + version),
        "@HttpBearer(deprecated = true)",
        "@HttpBearer(deprecated = true) is an OpenAPI 3.2 feature, but the document targets"
            + " OpenAPI "
            + version
            + ". Remove it, or target 3.2.0");
  }

  @ParameterizedTest(name = "oauth2MetadataUrl under {0}")
  @ValueSource(strings = {"3.0.3", "3.1.0"})
  void oauth2MetadataUrlRequiresOpenApi32(String version) {
    Sources.assertSingleError(
        "[SecRequiresOpenApi32]",
        "SecRequiresOpenApi32_oauth2MetadataUrl",
        List.of("-Agatehouse.openapi.version=" + version),
        "oauth2MetadataUrl = \"https://id.example.com/",
        "oauth2MetadataUrl is an OpenAPI 3.2 feature, but the document targets OpenAPI "
            + version
            + ".");
  }

  @ParameterizedTest(name = "deviceAuthorization flow under {0}")
  @ValueSource(strings = {"3.0.3", "3.1.0"})
  void deviceAuthorizationFlowRequiresOpenApi32(String version) {
    Sources.assertSingleError(
        "[SecRequiresOpenApi32]",
        "SecRequiresOpenApi32_deviceAuthorization",
        List.of("-Agatehouse.openapi.version=" + version),
        "@OAuthFlow(",
        "The deviceAuthorization flow is an OpenAPI 3.2 feature, but the document targets"
            + " OpenAPI "
            + version
            + ".");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SecRequiresOpenApi32_deprecated",
        "SecRequiresOpenApi32_oauth2MetadataUrl",
        "SecRequiresOpenApi32_deviceAuthorization"
      })
  void openApi32FeaturesAreAcceptedWhenTargetingOpenApi32(String input) {
    Compilation compilation = Sources.compile(V32, List.of(Sources.file("bad/" + input + ".java")));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
