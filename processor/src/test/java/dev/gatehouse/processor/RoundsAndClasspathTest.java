package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.gatehouse.processor.testing.ClassFiles;
import dev.gatehouse.processor.testing.RoundGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations that javac only sees later (types another processor generates in a later round) or
 * elsewhere (a superinterface compiled into a jar on the class path).
 */
class RoundsAndClasspathTest {

  private static final JavaFileObject USES_GENERATED_TYPE =
      JavaFileObjects.forSourceLines(
          "test.LaterApi",
          "package test;",
          "",
          "import dev.gatehouse.annotations.HttpBasic;",
          "import dev.gatehouse.annotations.SecurityRequirement;",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.QueryParam;",
          "",
          "@HttpBasic",
          "@Path(\"/later\")",
          "public interface LaterApi {",
          "  @GET",
          "  @SecurityRequirement(\"HTTPBasic\")",
          "  String find(@QueryParam(\"mode\") generated.Mode mode);",
          "}");

  @Test
  void typesGeneratedInALaterRoundAreResolved() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new SecurityProcessor(),
                RoundGenerator.firstRound(
                    "generated.Mode", "package generated; public enum Mode { FAST, SAFE }"))
            .compile(USES_GENERATED_TYPE);

    assertThat(compilation).succeededWithoutWarnings();
    String doc = Sources.utf8(Sources.generated(compilation, Sources.OPENAPI).orElseThrow());
    assertThat(doc).contains("\"enum\": [\n                \"FAST\",\n                \"SAFE\"\n");
  }

  @Test
  void anErrorInASuperinterfaceFromTheClassPathLandsOnTheEndpoint(@TempDir Path dir) {
    Compilation library =
        Compiler.javac()
            .compile(
                JavaFileObjects.forSourceLines(
                    "lib.BaseApi",
                    "package lib;",
                    "",
                    "import dev.gatehouse.annotations.SecurityRequirement;",
                    "import jakarta.ws.rs.GET;",
                    "import jakarta.ws.rs.Path;",
                    "",
                    "public interface BaseApi {",
                    "  @GET",
                    "  @Path(\"base\")",
                    "  @SecurityRequirement(\"Missing\")",
                    "  String base();",
                    "}"));
    assertThat(library).succeeded();
    File classes = dir.toFile();
    for (JavaFileObject file : library.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        ClassFiles.copy(file, dir.resolve("lib/BaseApi.class"));
      }
    }
    JavaFileObject endpoint =
        JavaFileObjects.forSourceLines(
            "app.AppApi",
            "package app;",
            "",
            "import jakarta.ws.rs.Path;",
            "",
            "@Path(\"/app\")",
            "public interface AppApi extends lib.BaseApi {}");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SecurityProcessor())
            .withClasspath(ClassFiles.classpathWith(classes))
            .compile(endpoint);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[lib.BaseApi.base()] [SecUnknownScheme]")
        .inFile(endpoint)
        .onLineContaining("public interface AppApi");
  }
}
