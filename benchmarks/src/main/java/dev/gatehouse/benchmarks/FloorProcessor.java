package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any annotation processor that generates code, for section 3 of {@code
 * docs/performance.md}: it claims the annotations the Gatehouse processor reads, reads nothing, and
 * writes one empty class in its first round. javac still keeps doc comments, runs a round for the
 * generated class and a last round, and enters every source again for each, which is what any
 * generating processor costs before doing any work of its own.
 */
public final class FloorProcessor extends AbstractProcessor {
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.ws.rs.Path", "dev.gatehouse.annotations.SecurityRequirement");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written) {
      written = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("floor.Generated").openWriter()) {
        out.write("package floor;\n\npublic final class Generated {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
