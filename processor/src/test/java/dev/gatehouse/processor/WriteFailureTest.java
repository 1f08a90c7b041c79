package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** A document that cannot be written is one clear error, not a crash. */
class WriteFailureTest {

  /** Claims META-INF/openapi.json in the first round, as a conflicting generator would. */
  static final class SquattingProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w =
            processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", Sources.OPENAPI)
                .openWriter()) {
          w.write("{}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aDocumentPathAlreadyTakenIsReportedAsWriteFailed() {
    JavaFileObject source = Sources.file("bad/SecWriteFailed.java");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SquattingProcessor(), new SecurityProcessor())
            .compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SecWriteFailed]");
    assertThat(compilation)
        .hadErrorContaining("Could not write META-INF/openapi.json to the class output");
  }
}
