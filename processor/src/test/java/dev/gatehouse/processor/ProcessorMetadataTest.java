package dev.gatehouse.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/**
 * The processor's registration and build-tool metadata, and the package rules of the style guide.
 */
class ProcessorMetadataTest {

  @Test
  void gradleIncrementalMetadataNamesTheRealProcessorAsAggregating() throws IOException {
    String text;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(text.lines().toList())
        .containsExactly(SecurityProcessor.class.getName() + ",aggregating");
  }

  @Test
  void processorIsRegisteredAsAService() {
    List<String> registered =
        ServiceLoader.load(Processor.class).stream().map(p -> p.type().getName()).toList();

    assertThat(registered).contains(SecurityProcessor.class.getName());
  }

  @Test
  void supportsTheLatestSourceVersionAndPrefixedOptions() {
    SecurityProcessor processor = new SecurityProcessor();

    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    assertThat(processor.getSupportedOptions()).allMatch(o -> o.startsWith("gatehouse."));
    assertThat(processor.getSupportedAnnotationTypes())
        .contains(
            "dev.gatehouse.annotations.SecurityRequirement",
            "dev.gatehouse.annotations.SecurityRequirement.List",
            "dev.gatehouse.annotations.HttpBasic.List",
            "jakarta.ws.rs.Path",
            "javax.ws.rs.Path")
        .doesNotContain("*");
  }

  /** Only the parse package may know the annotation classes; everything else uses the model. */
  @Test
  void onlyTheParsePackageImportsTheAnnotations() throws IOException {
    Path main = Paths.get("src/main/java/dev/gatehouse/processor");
    try (Stream<Path> files = Files.walk(main)) {
      List<Path> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(main.resolve("parse")))
              .filter(ProcessorMetadataTest::importsAnnotations)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static boolean importsAnnotations(Path file) {
    try {
      return Files.readString(file).contains("import dev.gatehouse.annotations.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
