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

/**
 * The processor's warnings: reported at the scheme declaration without failing the compilation, and
 * silenced by {@code @SuppressWarnings("<tag>")} on the declaring type.
 */
class WarningTest {

  @Test
  void apiKeyInQuery() {
    assertWarning(
        "[SecApiKeyInQuery]",
        "SecApiKeyInQuery",
        "@ApiKeyQuery(name = \"api_key\")",
        "API key scheme \"APIKeyQuery\" takes its key from query parameter \"api_key\"");
  }

  @Test
  void defaultNotOfType() {
    assertWarning(
        "[SecDefaultNotOfType]",
        "SecDefaultNotOfType",
        "@DefaultValue(\"ten\")",
        "The default \"ten\" of query parameter \"limit\" is not an integer within int32, so"
            + " JAX-RS cannot convert it");
  }

  static Stream<Arguments> deprecatedFlow() {
    return Stream.of(
        Arguments.of(
            "SecDeprecatedFlow_implicit",
            "@OAuthFlow(authorizationUrl = \"https://id.example.com/authorize\")",
            "The implicit flow of OAuth2 scheme \"Browser\" is deprecated by RFC 9700"),
        Arguments.of(
            "SecDeprecatedFlow_password",
            "@OAuth2PasswordBearer(tokenUrl = \"token\")",
            "The password flow of OAuth2 scheme \"OAuth2PasswordBearer\" is deprecated by RFC"
                + " 9700"),
        Arguments.of(
            "SecDeprecatedFlow_passwordInOAuth2",
            "@OAuthFlow(tokenUrl = \"https://id.example.com/token\")",
            "The password flow of OAuth2 scheme \"Legacy\" is deprecated by RFC 9700"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void deprecatedFlow(String input, String line, String message) {
    assertWarning("[SecDeprecatedFlow]", input, line, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suppressedInputs")
  void suppressWarningsOnTheDeclaringTypeSilencesTheWarning(String input) {
    Compilation compilation =
        Sources.compile(List.of(), List.of(Sources.file("bad/" + input + ".java")));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generated(compilation, Sources.OPENAPI)).isPresent();
  }

  static Stream<String> suppressedInputs() {
    return Stream.of(
        "SecApiKeyInQuery_suppressed",
        "SecDefaultNotOfType_suppressed",
        "SecDeprecatedFlow_implicitSuppressed",
        "SecDeprecatedFlow_passwordSuppressed");
  }

  /** Compiles one input and checks its single warning; the document is still written. */
  private static void assertWarning(String tag, String input, String line, String message) {
    JavaFileObject source = Sources.file("bad/" + input + ".java");
    Compilation compilation = Sources.compile(List.of(), List.of(source));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(tag).inFile(source).onLineContaining(line);
    assertThat(compilation).hadWarningContaining(message);
    assertThat(Sources.generated(compilation, Sources.OPENAPI)).isPresent();
  }
}
