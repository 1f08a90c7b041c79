package dev.gatehouse.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler behind the doctest: it reports what a broken sample gets, at the page's line. */
class SampleCompilerTest {
  private static final String FENCE = "```";
  private static final ClassPaths PATHS = ClassPaths.ofThisTest();

  private static SampleProject project(String... lines) {
    DocSamples samples = DocSamples.of("docs/x.md", String.join("\n", lines) + "\n");
    assertThat(samples.problems()).isEmpty();
    return samples.projects().get(0);
  }

  private static final String[] ITEMS_API = {
    "Some text.",
    "",
    FENCE + "java file=src/main/java/com/example/ItemsApi.java",
    "package com.example;",
    "",
    "import dev.gatehouse.annotations.ApiKeyHeader;",
    "import dev.gatehouse.annotations.SecurityRequirement;",
    "import jakarta.ws.rs.GET;",
    "import jakarta.ws.rs.Path;",
    "",
    "@ApiKeyHeader(name = \"X-API-Key\")",
    "@Path(\"/items\")",
    "public interface ItemsApi {",
    "  @GET @SecurityRequirement(\"APIKeyHeader\") String list();",
    "}",
    FENCE
  };

  @Test
  void aGoodSampleGetsItsDocumentAndGlue(@TempDir Path work) throws IOException {
    CompiledSample sample = new SampleCompiler(PATHS, work).compile(project(ITEMS_API));

    assertThat(sample.errors()).isEmpty();
    assertThat(sample.warnings()).isEmpty();
    assertThat(sample.endpointInterfaces()).containsExactly("com.example.ItemsApi");
    assertThat(sample.document()).isPresent();
    assertThat(Files.readString(sample.document().orElseThrow())).contains("\"/items\"");
    assertThat(work.resolve("docs_x.md/classes/com/example/ItemsApi_Security.class")).exists();
  }

  @Test
  void aMisspelledSchemeIsAnErrorAtThePageLine(@TempDir Path work) {
    String[] lines = ITEMS_API.clone();
    lines[13] = lines[13].replace("APIKeyHeader", "APIKeyHaeder");

    CompiledSample sample = new SampleCompiler(PATHS, work).compile(project(lines));

    assertThat(sample.errors())
        .singleElement()
        .asString()
        .startsWith("docs/x.md:14 (src/main/java/com/example/ItemsApi.java:11:")
        .contains("[SecUnknownScheme]", "\"APIKeyHaeder\"");
  }

  @Test
  void aMissingImportIsAnErrorAtThePageLine(@TempDir Path work) {
    String[] lines = ITEMS_API.clone();
    lines[8] = "";

    CompiledSample sample = new SampleCompiler(PATHS, work).compile(project(lines));

    assertThat(sample.errors())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e).startsWith("docs/x.md:12 (").contains("cannot find symbol"));
  }

  @Test
  void aLintWarningFailsTheSample(@TempDir Path work) {
    CompiledSample sample =
        new SampleCompiler(PATHS, work)
            .compile(
                project(
                    FENCE + "java file=a/Raw.java",
                    "package a;",
                    "",
                    "class Raw {",
                    "  java.util.List list = new java.util.ArrayList<String>();",
                    "}",
                    FENCE));

    assertThat(sample.errors())
        .anySatisfy(e -> assertThat(e).contains("warnings found and -Werror"));
    assertThat(sample.warnings())
        .anySatisfy(e -> assertThat(e).startsWith("docs/x.md:5 ").contains("found raw type"));
  }

  @Test
  void withoutTheProcessorTheEndpointHasNoDocument(@TempDir Path work) {
    ClassPaths noProcessor = new ClassPaths(PATHS.classPath(), List.of());

    CompiledSample sample = new SampleCompiler(noProcessor, work).compile(project(ITEMS_API));

    assertThat(sample.errors()).isEmpty();
    assertThat(sample.endpointInterfaces()).containsExactly("com.example.ItemsApi");
    assertThat(sample.document()).isEmpty();
  }

  @Test
  void theProcessorIsOnTheProcessorPathOnly() throws IOException {
    String processor = "dev/gatehouse/processor/SecurityProcessor.class";

    assertThat(PATHS.classPath()).noneMatch(entry -> holds(entry, processor));
    assertThat(PATHS.classPath())
        .noneMatch(entry -> holds(entry, "com/palantir/javapoet/JavaFile.class"));
    assertThat(PATHS.processorPath()).anyMatch(entry -> holds(entry, processor));
    assertThat(PATHS.classPath())
        .anyMatch(entry -> holds(entry, "dev/gatehouse/runtime/Gatehouse.class"))
        .anyMatch(entry -> holds(entry, "dev/gatehouse/annotations/ApiKeyHeader.class"))
        .anyMatch(entry -> holds(entry, "com/nimbusds/jose/JWSAlgorithm.class"))
        .anyMatch(
            entry -> holds(entry, "org/springframework/web/bind/annotation/GetMapping.class"));
  }

  private static boolean holds(Path entry, String resource) {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve(resource));
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(resource) != null;
    } catch (IOException e) {
      return false;
    }
  }
}
