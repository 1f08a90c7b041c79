package dev.gatehouse.processor.robust;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.gatehouse.processor.SecurityProcessor;
import dev.gatehouse.processor.testing.ClassFiles;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A superinterface from a class file that refers to a class missing from the class path. javac
 * compiles the endpoint anyway (it never needs the missing class), so the processor must say it:
 * before, the endpoint's glue was never written (its generation waits for types to resolve) and the
 * runtime left its operations unenforced, while the document showed {@code {}} schemas.
 */
class ClasspathTest {

  @Test
  void aClassMissingBehindAClassFileIsAnErrorNotAnUnenforcedEndpoint(@TempDir Path dir) {
    Compilation library =
        Compiler.javac()
            .compile(
                JavaFileObjects.forSourceLines(
                    "lib.BaseApi",
                    "package lib;",
                    "",
                    "public interface BaseApi {",
                    "  @jakarta.ws.rs.GET",
                    "  @jakarta.ws.rs.Path(\"base\")",
                    "  Dto base();",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "lib.Dto", "package lib;", "", "public record Dto(String name) {}"));
    assertThat(library).succeeded();
    for (JavaFileObject file : library.generatedFiles()) {
      if (file.getName().endsWith("BaseApi.class")) {
        ClassFiles.copy(file, dir.resolve("lib/BaseApi.class"));
      }
    }
    JavaFileObject endpoint = JavaFileObjects.forResource("bad/SecUnresolvedType.java");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SecurityProcessor())
            .withClasspath(ClassFiles.classpathWith(dir.toFile()))
            .compile(endpoint);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SecUnresolvedType]");
    assertThat(compilation)
        .hadErrorContaining(
            "[SecUnresolvedType] Endpoint app.SecUnresolvedType uses lib.Dto (in"
                + " lib.BaseApi.base()), which javac cannot resolve")
        .inFile(endpoint)
        .onLineContaining("public interface SecUnresolvedType");
    Outcome outcome = Outcome.of(compilation);
    outcome.assertInvariant();
    assertThat(outcome.document()).isEmpty();
  }
}
