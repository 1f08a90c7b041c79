package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.gatehouse.processor.write.GeneratedNames;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental compilation as IDEs and incremental builders run it: after a clean build of the pet
 * store into a class output directory, only the changed interface is compiled again into the same
 * directory, which is also on the class path, so the other interfaces, schemes and body types are
 * only class files there. The document must be byte for byte the one a clean build of the changed
 * sources writes, Javadoc of the unchanged types included.
 */
class IncrementalCompilationTest {
  // -parameters, as incremental builds need (docs/processor-options.md): a @JsonCreator's
  // parameters are linked to properties by their Java names, which class files keep only then.
  private static final List<String> OPTIONS =
      List.of(
          "-parameters", "-Agatehouse.openapi.version=3.1.0", "-Agatehouse.info.title=Pet Store");
  private static final String PET_API = "petstore/PetApi.java";

  @Test
  void aChangedInterfaceGivesTheDocumentOfACleanBuild(@TempDir Path dir) throws IOException {
    List<JavaFileObject> sources = Sources.folder("good/petstore");
    javac(sources, dir, OPTIONS);
    String before = read(dir, Sources.OPENAPI);

    JavaFileObject changed = changedPetApi();
    javac(List.of(changed), dir, OPTIONS);
    Compilation clean = Sources.compile(OPTIONS, replace(sources, changed));

    assertThat(clean).succeededWithoutWarnings();
    String expected = document(clean);
    assertThat(expected)
        .as("the change shows in the document")
        .isNotEqualTo(before)
        .contains("Counts the pets")
        .contains("Access to the store's orders.")
        .contains("A pet in the store.");
    assertThat(read(dir, Sources.OPENAPI)).isEqualTo(expected);
    for (String service : List.of(GeneratedNames.ENDPOINT_SERVICE, GeneratedNames.SCHEME_SERVICE)) {
      String path = "META-INF/services/" + service;
      assertThat(read(dir, path))
          .isEqualTo(Sources.utf8(Sources.generated(clean, path).orElseThrow()));
    }
  }

  @Test
  void aDeletedInterfaceLeavesTheDocument(@TempDir Path dir) throws IOException {
    List<JavaFileObject> sources = Sources.folder("good/petstore");
    javac(sources, dir, OPTIONS);
    // The build tool deletes the class files of a deleted source, as Gradle, Maven and IDEs do.
    Files.delete(dir.resolve("classes/petstore/legacy/LegacyApi.class"));

    JavaFileObject changed = changedPetApi();
    javac(List.of(changed), dir, OPTIONS);
    List<JavaFileObject> remaining = new ArrayList<>(replace(sources, changed));
    remaining.removeIf(f -> f.toUri().getPath().endsWith("legacy/LegacyApi.java"));
    Compilation clean = Sources.compile(OPTIONS, remaining);

    assertThat(document(clean)).doesNotContain("/legacy/tags");
    assertThat(read(dir, Sources.OPENAPI)).isEqualTo(document(clean));
  }

  @Test
  void anUnchangedRecompilationWritesTheSameBytes(@TempDir Path dir) throws IOException {
    List<JavaFileObject> sources = Sources.folder("good/petstore");
    javac(sources, dir, OPTIONS);
    String document = read(dir, Sources.OPENAPI);
    String index = read(dir, IncrementalIndex.PATH);
    JavaFileObject petApi =
        sources.stream()
            .filter(f -> f.toUri().getPath().endsWith(PET_API))
            .findFirst()
            .orElseThrow();

    javac(List.of(petApi), dir, OPTIONS);

    assertThat(read(dir, Sources.OPENAPI)).isEqualTo(document);
    assertThat(read(dir, IncrementalIndex.PATH)).isEqualTo(index);
  }

  @Test
  void withoutParameterNamesParameterDocsMatchByPosition(@TempDir Path dir) throws IOException {
    List<String> options = OPTIONS.subList(1, OPTIONS.size());
    javac(Sources.folder("good/petstore"), dir, options);

    javac(List.of(changedPetApi()), dir, options);

    // StoreApi.placeOrder(Order order) is a class file whose parameter is named arg0 now.
    assertThat(read(dir, Sources.OPENAPI))
        .contains("\"description\": \"the order\"")
        .contains("\"description\": \"Access to the store's orders.\"");
  }

  @Test
  void anotherModulesIndexOnTheClassPathIsIgnored(@TempDir Path dir) throws IOException {
    Path library = dir.resolve("library");
    javac(
        List.of(
            JavaFileObjects.forSourceLines(
                "lib.LibApi",
                "package lib;",
                "@jakarta.ws.rs.Path(\"/lib\") public interface LibApi {",
                "  /** Only the library documents this. */",
                "  @jakarta.ws.rs.GET String get();",
                "}")),
        library,
        OPTIONS);
    assertThat(read(library, Sources.OPENAPI)).contains("/lib");

    Path app = dir.resolve("app");
    javac(
        List.of(
            JavaFileObjects.forSourceLines(
                "app.AppApi",
                "package app;",
                "@jakarta.ws.rs.Path(\"/app\") public interface AppApi {",
                "  @jakarta.ws.rs.GET lib.LibApi lib();",
                "}")),
        app,
        OPTIONS,
        library.resolve("classes"));

    assertThat(read(app, Sources.OPENAPI)).contains("\"/app\"").doesNotContain("\"/lib\"");
  }

  /** PetApi with a new documented operation and a changed summary. */
  private static JavaFileObject changedPetApi() throws IOException {
    String source = Files.readString(resource("good/petstore/" + PET_API));
    String changed =
        source
            .replace("Finds a pet by its id.", "Finds one pet by its id.")
            .replace(
                "  /** Replaces a pet, if it exists. */",
                "  /**\n"
                    + "   * Counts the pets.\n"
                    + "   *\n"
                    + "   * @param status only pets in this state\n"
                    + "   * @return how many there are\n"
                    + "   */\n"
                    + "  @GET\n"
                    + "  @Path(\"count\")\n"
                    + "  long count(@QueryParam(\"status\") Pet.Status status);\n"
                    + "\n"
                    + "  /** Replaces a pet, if it exists. */");
    assertThat(changed).isNotEqualTo(source).contains("Finds one pet");
    return JavaFileObjects.forSourceString("petstore.PetApi", changed);
  }

  /**
   * Compiles with the processor into {@code <dir>/classes} (generated sources into {@code
   * <dir>/generated}), which is on the class path too, ahead of {@code extra} and the test class
   * path: as Maven, Gradle and IDEs compile a module again. No error and no warning.
   */
  private static void javac(
      List<JavaFileObject> sources, Path dir, List<String> options, Path... extra)
      throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (Path p : extra) {
      classpath.add(p.toFile());
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH, classpath);
      JavaCompiler.CompilationTask task =
          compiler.getTask(null, files, diagnostics, options, null, sources);
      task.setProcessors(List.of(new SecurityProcessor()));
      boolean ok = task.call();
      assertThat(diagnostics.getDiagnostics())
          .filteredOn(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .as("diagnostics")
          .isEmpty();
      assertThat(ok).isTrue();
    }
  }

  private static String read(Path dir, String path) throws IOException {
    return Files.readString(dir.resolve("classes").resolve(path));
  }

  private static List<JavaFileObject> replace(List<JavaFileObject> sources, JavaFileObject by) {
    List<JavaFileObject> out = new ArrayList<>();
    for (JavaFileObject f : sources) {
      out.add(f.toUri().getPath().endsWith(PET_API) ? by : f);
    }
    return out;
  }

  private static String document(Compilation compilation) {
    return Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
  }

  private static Path resource(String name) {
    try {
      return Paths.get(IncrementalCompilationTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
