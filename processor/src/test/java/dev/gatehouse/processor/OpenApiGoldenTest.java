package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.gatehouse.processor.testing.OpenApiValidation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden {@code openapi.json} documents for representative inputs: compared exactly, valid under
 * the official schema of their version, and identical when the sources come in reverse order.
 */
class OpenApiGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("tutorial", List.of("-Agatehouse.info.title=FastAPI")),
        Arguments.of("schemes", List.of()),
        Arguments.of("combinations", List.of("-Agatehouse.info.title=Combinations")),
        Arguments.of(
            "parameters",
            List.of(
                "-Agatehouse.info.title=Items",
                "-Agatehouse.info.version=2.1.0",
                "-Agatehouse.info.description=Items and legacy endpoints.",
                "-Agatehouse.servers=https://api.example.com/v2, http://localhost:8080")),
        Arguments.of("spring", List.of("-Agatehouse.info.title=Shop")),
        Arguments.of("v30", List.of("-Agatehouse.openapi.version=3.0.3")),
        Arguments.of(
            "sender",
            List.of(
                "-Agatehouse.info.title=Accounts", "-Agatehouse.servers=https://api.example.com")),
        Arguments.of("v32", List.of("-Agatehouse.openapi.version=3.2.0")),
        Arguments.of("stepup", List.of("-Agatehouse.info.title=Payments")),
        petstore("3.0.3"),
        petstore("3.1.0"),
        petstore("3.2.0"),
        token("3.0.3"),
        token("3.1.0"),
        token("3.2.0"));
  }

  /** Token endpoints (RFC 6749 responses for an untyped return) for one OpenAPI version. */
  private static Arguments token(String version) {
    return Arguments.of(
        "token-" + version,
        List.of("-Agatehouse.openapi.version=" + version, "-Agatehouse.info.title=Tokens"));
  }

  /** The same pet-store sources (every kind of body type) for one OpenAPI version. */
  private static Arguments petstore(String version) {
    return Arguments.of(
        "petstore-" + version,
        List.of("-Agatehouse.openapi.version=" + version, "-Agatehouse.info.title=Pet Store"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void documentMatchesGolden(String name, List<String> options) {
    Compilation compilation = Sources.compile(options, Sources.folder("good/" + folder(name)));

    assertThat(compilation).succeededWithoutWarnings();
    String document = Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
    Goldens.assertJsonMatches("openapi/" + name + ".json", document);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void documentIsValidUnderTheOfficialSchema(String name, List<String> options) {
    Compilation compilation = Sources.compile(options, Sources.folder("good/" + folder(name)));
    String document = Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());

    assertThat(OpenApiValidation.schemaMessages(document)).isEmpty();
    if (!document.contains("\"openapi\": \"3.2.")) {
      // swagger-parser 2.1.x does not read 3.2 documents at all; the schema check above covers it.
      assertThat(OpenApiValidation.swaggerParserMessages(document)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sourcesInReverseOrderGiveTheSameBytes(String name, List<String> options) {
    var sources = Sources.folder("good/" + folder(name));
    Compilation first = Sources.compile(options, sources);
    Compilation second = Sources.compile(options, Sources.reversed(sources));

    assertThat(Sources.generated(second, Sources.OPENAPI).orElseThrow())
        .isEqualTo(Sources.generated(first, Sources.OPENAPI).orElseThrow());
    assertThat(javaSources(second)).isEqualTo(javaSources(first)).isNotEmpty();
  }

  /** The source folder of a case: the petstore cases share one, as do the token cases. */
  private static String folder(String name) {
    return name.startsWith("petstore-") ? "petstore" : name.startsWith("token-") ? "token" : name;
  }

  private static java.util.Map<String, String> javaSources(Compilation compilation) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (var file : compilation.generatedSourceFiles()) {
      try {
        out.put(file.getName(), file.getCharContent(true).toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }
}
