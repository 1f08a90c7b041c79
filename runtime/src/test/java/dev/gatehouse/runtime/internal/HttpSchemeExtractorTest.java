package dev.gatehouse.runtime.internal;

import static dev.gatehouse.runtime.internal.Requests.authorization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generic {@code @HttpScheme} extraction: scheme matched ASCII-case-insensitively, token68 or
 * auth-params.
 */
class HttpSchemeExtractorTest {

  private final CredentialExtractor<AuthorizationCredentials> hoba = Extractors.httpScheme("HOBA");

  private Extraction<AuthorizationCredentials> extract(String... headers) {
    return hoba.extract(authorization(headers));
  }

  private static Extraction<AuthorizationCredentials> present(String scheme, String credentials) {
    return Extraction.present(new AuthorizationCredentials(scheme, credentials));
  }

  @Test
  void token68CredentialsArePresentWithTheSchemeAsSent() {
    assertThat(extract("HOBA abc.def==")).isEqualTo(present("HOBA", "abc.def=="));
    assertThat(extract("hoba  abc ")).isEqualTo(present("hoba", "abc"));
  }

  @Test
  void authParamCredentialsArePassedRaw() {
    String params = "result=\"a.b.c\", kid=k1,  x=\"q\\\"uote\"";
    assertThat(extract("HOBA " + params)).isEqualTo(present("HOBA", params));
  }

  @Test
  void schemeWordMustMatchUnlikeFastApi() {
    assertThat(extract("Other foobar")).isEqualTo(Extraction.absent());
    assertThat(extract("HOBAX foobar")).isEqualTo(Extraction.absent());
  }

  @Test
  void schemeMatchFoldsOnlyAsciiLetters() {
    CredentialExtractor<AuthorizationCredentials> privateScheme = Extractors.httpScheme("Private");
    assertThat(privateScheme.extract(authorization("PRIVATE tok")))
        .isEqualTo(present("PRIVATE", "tok"));
    assertThat(privateScheme.extract(authorization("PRİVATE tok"))).isEqualTo(Extraction.absent());
    assertThat(privateScheme.extract(authorization("prıvate tok"))).isEqualTo(Extraction.absent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"HOBA", "HOBA   ", "", "Basic dXNlcjpwYXNz"})
  void noCredentialsForTheSchemeAreAbsent(String header) {
    assertThat(extract(header)).isEqualTo(Extraction.absent());
  }

  @Test
  void duplicateAuthParamIsAmbiguous() {
    assertThat(extract("HOBA a=1, A=2"))
        .isEqualTo(Extraction.rejected(Reason.DUPLICATE_AUTH_PARAM));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a=b c", "\"quoted\"", "a=\"open", "tok,", "a=b;c"})
  void neitherToken68NorAuthParamsIsMalformed(String credentials) {
    assertThat(extract("HOBA " + credentials))
        .isEqualTo(Extraction.rejected(Reason.BAD_CREDENTIALS_SYNTAX));
  }

  @Test
  void headerLevelRulesApply() {
    assertThat(extract("HOBA a", "HOBA b"))
        .isEqualTo(Extraction.rejected(Reason.DUPLICATE_AUTHORIZATION));
    assertThat(extract("HOBA\ta")).isEqualTo(Extraction.rejected(Reason.BAD_SCHEME_SEPARATOR));
    assertThat(extract("HOBA a\u0000")).isEqualTo(Extraction.rejected(Reason.CONTROL_CHARACTER));
    assertThat(extract("HOBA " + "a".repeat(Limits.FIELD_LINE_CHARS)))
        .isEqualTo(Extraction.rejected(Reason.TOO_LARGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Two words", "Basic\t", "Schéme", "a,b"})
  void schemeWordMustBeAToken(String scheme) {
    assertThatThrownBy(() -> Extractors.httpScheme(scheme))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
