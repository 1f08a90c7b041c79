package dev.gatehouse.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Test inputs from {@code src/test/resources} and compilations of them with the processor. */
final class Sources {
  static final String OPENAPI = "META-INF/openapi.json";

  private Sources() {}

  /** Every {@code .java} file under a resource folder, in path order. */
  static List<JavaFileObject> folder(String folder) {
    URL url = Sources.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalArgumentException("no test resource folder " + folder);
    }
    try (Stream<Path> files = Files.walk(Paths.get(url.toURI()))) {
      List<JavaFileObject> out = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        out.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JavaFileObject file(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  static Compilation compile(List<String> options, List<JavaFileObject> sources) {
    return Compiler.javac()
        .withProcessors(new SecurityProcessor())
        .withOptions(options)
        .compile(sources);
  }

  static List<JavaFileObject> reversed(List<JavaFileObject> sources) {
    List<JavaFileObject> copy = new ArrayList<>(sources);
    Collections.reverse(copy);
    return copy;
  }

  /** The bytes of a generated class-output file, if it was written. */
  static Optional<byte[]> generated(Compilation compilation, String path) {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .map(
            file -> {
              try (InputStream in = file.openInputStream()) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Whether {@code openapi.json} was written, also for failed compilations, whose generated files
   * compile-testing does not expose through its API.
   */
  static boolean wroteOpenApi(Compilation compilation) {
    try {
      java.lang.reflect.Field field = Compilation.class.getDeclaredField("generatedFiles");
      field.setAccessible(true);
      List<?> files = (List<?>) field.get(compilation);
      return files.stream()
          .map(f -> ((JavaFileObject) f).toUri().getPath())
          .anyMatch(path -> path.endsWith("/" + OPENAPI));
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("compile-testing changed", e);
    }
  }

  /**
   * Compiles {@code bad/<input>.java} and checks its single error: tag and line, message, no
   * document.
   */
  static void assertSingleError(
      String tag, String input, List<String> options, String line, String message) {
    JavaFileObject source = file("bad/" + input + ".java");
    Compilation compilation = compile(options, List.of(source));

    CompilationSubject.assertThat(compilation).failed();
    CompilationSubject.assertThat(compilation).hadErrorCount(1);
    CompilationSubject.assertThat(compilation)
        .hadErrorContaining(tag)
        .inFile(source)
        .onLineContaining(line);
    CompilationSubject.assertThat(compilation).hadErrorContaining(message);
    org.assertj.core.api.Assertions.assertThat(wroteOpenApi(compilation))
        .as("openapi.json written")
        .isFalse();
  }

  static void assertSingleError(String tag, String input, String line, String message) {
    assertSingleError(tag, input, List.of(), line, message);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
