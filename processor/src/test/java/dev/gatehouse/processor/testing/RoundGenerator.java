package dev.gatehouse.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in for another code generator in the same compilation: it writes the given sources in the
 * given rounds (1-based), as Dagger, AutoValue or an OpenAPI client generator would, so tests can
 * put types the Gatehouse processor needs into later rounds.
 */
public final class RoundGenerator extends AbstractProcessor {
  private final Map<Integer, Map<String, String>> byRound;
  private int round;

  /** Sources by round, each by qualified type name. */
  public RoundGenerator(Map<Integer, Map<String, String>> byRound) {
    this.byRound = byRound;
  }

  /** Writes one type in the first round. */
  public static RoundGenerator firstRound(String qualifiedName, String source) {
    return new RoundGenerator(Map.of(1, Map.of(qualifiedName, source)));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    round++;
    for (Map.Entry<String, String> source : byRound.getOrDefault(round, Map.of()).entrySet()) {
      try (Writer w = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
        w.write(source.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
