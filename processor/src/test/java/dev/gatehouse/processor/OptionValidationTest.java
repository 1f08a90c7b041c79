package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid {@code -Agatehouse.*} options: each fails the compilation of an otherwise valid endpoint
 * with one {@code [SecInvalidOption]} error that belongs to no source element.
 */
class OptionValidationTest {

  static Stream<Arguments> invalidOption() {
    return Stream.of(
        Arguments.of(
            "-Agatehouse.openapi.version=3.1",
            "-Agatehouse.openapi.version=\"3.1\" is invalid: the supported versions are 3.0.3,"
                + " 3.1.0 and 3.2.0."),
        Arguments.of(
            "-Agatehouse.openapi.version=3.0.0",
            "-Agatehouse.openapi.version=\"3.0.0\" is invalid"),
        Arguments.of(
            "-Agatehouse.info.title=   ",
            "-Agatehouse.info.title=\"   \" is invalid: the document's info.title must not be"
                + " empty."),
        // javac passes an empty option value to processors as null.
        Arguments.of("-Agatehouse.info.title=", "-Agatehouse.info.title="),
        Arguments.of("-Agatehouse.info.title", "-Agatehouse.info.title="),
        Arguments.of("-Agatehouse.info.version=", "-Agatehouse.info.version="),
        Arguments.of(
            "-Agatehouse.servers=https://api.example.com, ht tp://bad",
            "\"ht tp://bad\" is not a URL"),
        Arguments.of(
            "-Agatehouse.openapi.path=/META-INF/openapi.json",
            "-Agatehouse.openapi.path=\"/META-INF/openapi.json\" is invalid: give a relative path"
                + " inside the class output"),
        Arguments.of(
            "-Agatehouse.openapi.path=../openapi.json",
            "-Agatehouse.openapi.path=\"../openapi.json\" is invalid"),
        Arguments.of(
            "-Agatehouse.openapi.path=META-INF/../../openapi.json",
            "-Agatehouse.openapi.path=\"META-INF/../../openapi.json\" is invalid"),
        Arguments.of("-Agatehouse.openapi.path", "-Agatehouse.openapi.path="),
        Arguments.of(
            "-Agatehouse.resource=http://api.example.com",
            "-Agatehouse.resource=\"http://api.example.com\" is invalid: use https (http only"
                + " for localhost)."),
        Arguments.of(
            "-Agatehouse.resource=/orders",
            "-Agatehouse.resource=\"/orders\" is invalid: give an absolute URL with a host"),
        Arguments.of(
            "-Agatehouse.resource=https://api.example.com/#top",
            "is invalid: an identifier has neither a query nor a fragment."),
        Arguments.of(
            "-Agatehouse.resource=https://api.example.com/?v=1",
            "is invalid: an identifier has neither a query nor a fragment."),
        Arguments.of("-Agatehouse.resource=", "-Agatehouse.resource=\"\" is invalid"),
        Arguments.of(
            "-Agatehouse.resource.documentation=docs.html",
            "-Agatehouse.resource.documentation=\"docs.html\" is invalid: give an absolute URL"),
        Arguments.of(
            "-Agatehouse.resource.authorizationServers=https://ok.example.com,ftp://as.example.com",
            "\"ftp://as.example.com\": use https (http only for localhost)."),
        Arguments.of(
            "-Agatehouse.refusals=rfc9457",
            "-Agatehouse.refusals=\"rfc9457\" is invalid: the refusal bodies are detail (the"
                + " default) or problem."),
        Arguments.of(
            "-Agatehouse.resource.authorizationServers= , ",
            "name at least one issuer URL, comma-separated."),
        Arguments.of(
            "-Agatehouse.wiring=com.example.2fa.Schemes",
            "-Agatehouse.wiring=\"com.example.2fa.Schemes\" is invalid: give the qualified name of"
                + " the class to generate, such as com.example.AppSecurity, or none for no typed"
                + " verifier builder."),
        Arguments.of("-Agatehouse.wiring=com.example.class", "-Agatehouse.wiring="),
        Arguments.of("-Agatehouse.wiring=", "-Agatehouse.wiring=\"\" is invalid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidOption(String option, String message) {
    Compilation compilation =
        Sources.compile(List.of(option), List.of(Sources.file("bad/SecInvalidOption.java")));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SecInvalidOption]");
    assertThat(compilation).hadErrorContaining(message);
    Diagnostic<?> error = compilation.errors().get(0);
    assertThat(error.getSource()).as("source of %s", error).isNull();
    assertThat(error.getLineNumber()).isEqualTo(Diagnostic.NOPOS);
    assertThat(Sources.wroteOpenApi(compilation)).as("openapi.json written").isFalse();
  }

  @Test
  void validOptionsWriteTheDocument() {
    Compilation compilation =
        Sources.compile(
            List.of(
                "-Agatehouse.openapi.version=3.0.3",
                "-Agatehouse.info.title=Orders",
                "-Agatehouse.servers=https://api.example.com, http://localhost:8080",
                "-Agatehouse.openapi.path=META-INF/api/openapi.json"),
            List.of(Sources.file("bad/SecInvalidOption.java")));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generated(compilation, "META-INF/api/openapi.json")).isPresent();
  }
}
