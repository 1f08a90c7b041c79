package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any annotation processor that generates code, for section 3 of {@code
 * docs/performance.md}: it claims the annotations the Gatehouse processor reads, reads nothing, and
 * writes one empty class in its first round. javac still keeps doc comments, runs a round for the
 * generated class and a last round, and enters every source again for each, which is what any
 * generating processor costs before doing any work of its own.
 *
 * <p>With {@code -A}{@value #CONTRACT_FILES}{@code =true} it writes, in the same round, the number
 * of files Gatehouse's contract requires, each an empty class: one per type annotated with
 * {@code @Path} (Gatehouse writes one security-glue class per endpoint interface), named as
 * Gatehouse's, and five more (its synthetic APIs' four scheme extractors and the verifier builder).
 * That is the floor of a processor that writes those files, with javac's work per generated file
 * (the {@code Filer}'s checks, parsing and entering them in the later rounds, writing their class
 * files), but not their content.
 */
public final class FloorProcessor extends AbstractProcessor {
  /** The option that makes it write the contract's files. */
  static final String CONTRACT_FILES = "floor.contractFiles";

  private boolean written;

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CONTRACT_FILES);
  }

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
      write("floor", "Generated");
      if (Boolean.parseBoolean(processingEnv.getOptions().get(CONTRACT_FILES))) {
        for (TypeElement annotation : annotations) {
          if (!annotation.getQualifiedName().contentEquals("jakarta.ws.rs.Path")) {
            continue;
          }
          for (Element e : round.getElementsAnnotatedWith(annotation)) {
            if (e instanceof TypeElement type) {
              String pkg =
                  processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
              write(pkg, type.getSimpleName() + "_Security");
            }
          }
        }
        for (String name : new String[] {"Scheme1", "Scheme2", "Scheme3", "Scheme4", "Schemes"}) {
          write("floor", name);
        }
      }
    }
    return false;
  }

  private void write(String pkg, String simpleName) {
    String name = pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
    try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      out.write(
          (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n")
              + "public final class "
              + simpleName
              + " {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
