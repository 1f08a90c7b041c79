package dev.gatehouse.processor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data-driven part of the processor robustness corpus: every entry under {@code
 * src/test/resources/robust/cases} compiles to exactly the diagnostics its header lists (each at
 * its line), or to a complete, valid document with exactly the operations and schemes it lists; and
 * always keeps the invariant of {@link Outcome}.
 */
class RobustCorpusTest {

  static List<CorpusCase> cases() throws URISyntaxException {
    Path root =
        Paths.get(RobustCorpusTest.class.getClassLoader().getResource("robust/cases").toURI());
    return CorpusCase.all(root);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseCompilesAsItsHeaderSays(CorpusCase c) throws IOException {
    Outcome outcome = Outcome.compile(c.options(), c.sources());
    String diagnostics = outcome.diagnostics();

    outcome.assertNoCrash();
    assertMatches(c, outcome.errors(), c.errors(), "errors", diagnostics);
    assertMatches(c, outcome.warnings(), c.warnings(), "warnings", diagnostics);
    switch (c.expect()) {
      case CorpusCase.SUCCESS -> {
        assertThat(outcome.succeeded()).as("success; diagnostics:%n%s", diagnostics).isTrue();
        assertDocument(c, outcome.assertInvariant().orElseThrow());
      }
      case CorpusCase.FAILURE -> {
        assertThat(outcome.succeeded()).as("failure").isFalse();
        outcome.assertInvariant();
      }
      default -> {
        // javac found the error after processing, when the document was already written.
        assertThat(outcome.succeeded()).as("failure").isFalse();
        String document = outcome.document().orElseThrow();
        Outcome.assertValid(document);
        assertDocument(c, Outcome.tree(document));
      }
    }
  }

  /**
   * Every case that succeeds also succeeds for the other OpenAPI versions, with the same operations
   * and schemes and a document valid under that version's schema.
   */
  @ParameterizedTest(name = "{0} for OpenAPI {1}")
  @MethodSource("successCasesAndOtherVersions")
  void successCaseIsValidForEveryOpenApiVersion(CorpusCase c, String version) {
    List<String> options = new ArrayList<>(c.options());
    options.add("-Agatehouse.openapi.version=" + version);
    Outcome outcome = Outcome.compile(options, c.sources());

    assertThat(outcome.succeeded()).as("success; diagnostics:%n%s", outcome.diagnostics()).isTrue();
    JsonNode document = outcome.assertInvariant().orElseThrow();
    assertThat(document.path("openapi").asText()).isEqualTo(version);
    assertThat(Outcome.operations(document))
        .containsExactlyElementsOf(new TreeSet<>(c.operations()));
    assertThat(Outcome.schemes(document)).containsExactlyElementsOf(new TreeSet<>(c.schemes()));
  }

  static Stream<Arguments> successCasesAndOtherVersions() throws URISyntaxException {
    return cases().stream()
        .filter(c -> c.expect().equals(CorpusCase.SUCCESS))
        .filter(c -> c.options().stream().noneMatch(o -> o.contains("openapi.version")))
        .flatMap(c -> Stream.of("3.0.3", "3.2.0").map(v -> Arguments.of(c, v)));
  }

  private static void assertDocument(CorpusCase c, JsonNode document) {
    assertThat(Outcome.operations(document))
        .as("operations")
        .containsExactlyElementsOf(new TreeSet<>(c.operations()));
    assertThat(Outcome.schemes(document))
        .as("security schemes")
        .containsExactlyElementsOf(new TreeSet<>(c.schemes()));
    for (String[] check : c.json()) {
      JsonNode actual = document.at(JsonPointer.compile(check[0]));
      if (check[1].equals("missing")) {
        assertThat(actual.isMissingNode())
            .as("json %s absent, but is %s", check[0], actual)
            .isTrue();
      } else {
        assertThat(actual).as("json %s", check[0]).isEqualTo(Outcome.tree(check[1]));
      }
    }
  }

  /** Each expected diagnostic matches exactly one actual one, and nothing is left over. */
  private static void assertMatches(
      CorpusCase c,
      List<Diagnostic<? extends JavaFileObject>> actual,
      List<CorpusCase.Expected> expected,
      String what,
      String diagnostics)
      throws IOException {
    List<Diagnostic<? extends JavaFileObject>> left = new ArrayList<>(actual);
    for (CorpusCase.Expected e : expected) {
      if (e.line().equals("-")) {
        Diagnostic<? extends JavaFileObject> match =
            left.stream()
                .filter(d -> d.getMessage(Locale.ROOT).contains(e.message()))
                .filter(d -> d.getSource() == null)
                .findFirst()
                .orElse(null);
        assertThat(match)
            .as("%s: expected \"%s\" without a position; got%n%s", what, e.message(), diagnostics)
            .isNotNull();
        left.remove(match);
        continue;
      }
      CorpusCase.Located where = CorpusCase.locate(c.files(), e.line());
      Diagnostic<? extends JavaFileObject> match =
          left.stream()
              .filter(d -> d.getMessage(Locale.ROOT).contains(e.message()))
              .filter(d -> d.getSource() != null)
              .filter(d -> Paths.get(d.getSource().toUri()).equals(where.file()))
              .filter(d -> d.getLineNumber() == where.line())
              .findFirst()
              .orElse(null);
      assertThat(match)
          .as(
              "%s: expected \"%s\" at %s:%d; got%n%s",
              what, e.message(), where.file().getFileName(), where.line(), diagnostics)
          .isNotNull();
      left.remove(match);
    }
    assertThat(left).as("unexpected %s; all diagnostics:%n%s", what, diagnostics).isEmpty();
  }
}
