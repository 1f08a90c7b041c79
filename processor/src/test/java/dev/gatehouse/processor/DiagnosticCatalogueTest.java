package dev.gatehouse.processor;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/**
 * Keeps the diagnostic catalogue honest: tags are unique and well formed, and every diagnostic has
 * a bad input under {@code bad/<Tag>*.java} and a test that asserts its bracketed tag.
 */
class DiagnosticCatalogueTest {
  private static final Pattern TAG = Pattern.compile("Sec[A-Z][A-Za-z0-9]+");
  private static final Path TEST_SOURCES = Paths.get("src/test/java");
  private static final Path BAD_INPUTS = Paths.get("src/test/resources/bad");

  /** Diagnostics that no source can provoke; each has a unit test in this class instead. */
  private static final Set<Diagnostic> UNIT_TESTED = EnumSet.of(Diagnostic.INTERNAL_ERROR);

  @Test
  void tagsAreUnique() {
    Map<String, List<Diagnostic>> byTag =
        Arrays.stream(Diagnostic.values()).collect(groupingBy(Diagnostic::tag));

    assertThat(byTag).allSatisfy((tag, constants) -> assertThat(constants).as(tag).hasSize(1));
  }

  @Test
  void tagsAreWellFormed() {
    assertThat(Diagnostic.values()).allSatisfy(d -> assertThat(d.tag()).as(d.name()).matches(TAG));
  }

  @Test
  void everyDiagnosticHasANegativeTest() {
    String tests = testSourcesExceptThisOne();
    List<String> inputs = badInputs();
    List<String> missing = new ArrayList<>();
    for (Diagnostic d : Diagnostic.values()) {
      if (UNIT_TESTED.contains(d)) {
        continue;
      }
      if (!tests.contains("\"[" + d.tag() + "]\"")) {
        missing.add(d + ": no test under src/test/java asserts \"[" + d.tag() + "]\"");
      }
      boolean hasInput =
          inputs.stream().anyMatch(f -> f.equals(d.tag() + ".java") || f.startsWith(d.tag() + "_"));
      if (!hasInput) {
        missing.add(d + ": no bad input " + BAD_INPUTS.resolve(d.tag() + ".java"));
      }
    }

    assertThat(missing).isEmpty();
  }

  @Test
  void internalErrorNamesTheElementAndIncludesTheTrace() {
    RecordingMessager messager = new RecordingMessager();
    Reporter reporter = new Reporter(messager, Set.of());

    reporter.reportCrash(null, new IllegalStateException("boom"));

    assertThat(reporter.hasErrors()).isTrue();
    assertThat(messager.messages).hasSize(1);
    Recorded crash = messager.messages.get(0);
    assertThat(crash.kind()).isEqualTo(Kind.ERROR);
    assertThat(crash.element()).isNull();
    assertThat(crash.message())
        .startsWith("[SecInternalError] Gatehouse failed while processing the compilation.")
        .contains("please report it with this trace:")
        .contains("java.lang.IllegalStateException: boom")
        .contains("at " + DiagnosticCatalogueTest.class.getName() + ".internalError");
  }

  private static String testSourcesExceptThisOne() {
    try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.endsWith(DiagnosticCatalogueTest.class.getSimpleName() + ".java"))
          .map(DiagnosticCatalogueTest::read)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> badInputs() {
    try (Stream<Path> files = Files.list(BAD_INPUTS)) {
      return files.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Recorded(Kind kind, String message, Element element) {}

  /** A {@link Messager} that keeps what it is given. */
  private static final class RecordingMessager implements Messager {
    final List<Recorded> messages = new ArrayList<>();

    @Override
    public void printMessage(Kind kind, CharSequence msg) {
      messages.add(new Recorded(kind, msg.toString(), null));
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e) {
      messages.add(new Recorded(kind, msg.toString(), e));
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      messages.add(new Recorded(kind, msg.toString(), e));
    }

    @Override
    public void printMessage(
        Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
      messages.add(new Recorded(kind, msg.toString(), e));
    }
  }
}
