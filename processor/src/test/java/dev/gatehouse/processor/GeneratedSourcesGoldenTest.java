package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files for the generated Java: one credential extractor per scheme, one security-glue class
 * per endpoint, and the service files. The compilation's class path is only the annotations, the
 * runtime and JAX-RS, so generated code that needed anything else would not compile.
 */
class GeneratedSourcesGoldenTest {
  /**
   * What every {@code @Generated} names as its {@code comments}: the processor and the version
   * Maven built (surefire passes it), which the goldens spell {@code <version>} so that a release
   * does not rewrite them.
   */
  static final String PRODUCT =
      "gatehouse-processor " + System.getProperty("gatehouse.version", "(unknown: run with Maven)");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"combinations", "schemes", "nested", "stepup"})
  void generatedSourcesMatchTheirGoldens(String name) throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SecurityProcessor())
            .withClasspath(minimalClasspath())
            .compile(Sources.folder("good/" + name));

    assertThat(compilation).succeededWithoutWarnings();
    TreeMap<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String fqcn =
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length())
              .replace(".java", "")
              .replace('/', '.');
      generated.put(fqcn, file.getCharContent(true).toString());
    }
    assertThat(generated).isNotEmpty();
    for (var e : generated.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).contains("comments = \"" + PRODUCT + "\"");
      Goldens.assertTextMatches(
          "java/" + name + "/" + e.getKey() + ".java",
          e.getValue().replace(PRODUCT, "gatehouse-processor <version>"));
    }
    for (String service :
        List.of(
            "dev.gatehouse.runtime.internal.GeneratedScheme",
            "dev.gatehouse.runtime.internal.GeneratedEndpoint")) {
      String text =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/" + service)
              .orElseThrow()
              .getCharContent(true)
              .toString();
      Goldens.assertTextMatches("java/" + name + "/" + service, text);
    }
  }

  /** The annotations, the runtime and JAX-RS: what a user's compile class path holds. */
  private static List<File> minimalClasspath() {
    List<File> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String e = entry.replace('\\', '/');
      if (e.contains("/annotations/target/classes")
          || e.contains("gatehouse-annotations")
          || e.contains("/runtime/target/classes")
          || e.contains("gatehouse-runtime")
          || e.contains("jakarta.ws.rs-api")) {
        out.add(new File(entry));
      }
    }
    if (out.size() != 3) {
      throw new UncheckedIOException(new IOException("unexpected test class path: " + out));
    }
    return out;
  }
}
