package dev.gatehouse.processor.robust;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A type in the sources with the name of a class Gatehouse generates: javac's Filer refuses to
 * create it, which used to surface as {@code [SecInternalError]} with a stack trace.
 */
class GeneratedNameTakenTest {

  @Test
  void aSourceTypeWithTheGlueNameIsOnePreciseError() {
    JavaFileObject source = JavaFileObjects.forResource("bad/SecGeneratedNameTaken.java");
    Outcome outcome = Outcome.compile(List.of(), List.of(source));

    outcome.assertInvariant();
    assertThat(outcome.compilation).failed();
    assertThat(outcome.compilation).hadErrorCount(1);
    assertThat(outcome.compilation)
        .hadErrorContaining("[SecGeneratedNameTaken]")
        .inFile(source)
        .onLineContaining("public interface SecGeneratedNameTaken");
    assertThat(outcome.compilation)
        .hadErrorContaining(
            "Gatehouse generates class test.SecGeneratedNameTaken_Security for endpoint"
                + " test.SecGeneratedNameTaken, but a class of that name already exists");
    assertThat(outcome.document()).isEmpty();
  }
}
