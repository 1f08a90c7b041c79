package dev.gatehouse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.benchmarks.SyntheticApi.Vocabulary;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic APIs of the compile-time and start-up benchmarks describe the same HTTP API in
 * every vocabulary: compiled here (nothing is timed), the Gatehouse processor's document and
 * swagger-core's document both hold every operation, the four schemes, and nine secured operations
 * in ten. (The avaje vocabulary needs avaje's jars, which only the benchmark run resolves; there,
 * CompileTime makes the same check on avaje's document before timing anything.)
 */
class SyntheticApiTest {

  @TempDir Path dir;

  @Test
  void gatehouseProcessorDocumentsEveryOperationWithItsSecurity() throws Exception {
    Path classes = compile(Vocabulary.GATEHOUSE, 30, true);

    Path document = classes.resolve("META-INF/openapi.json");
    assertThat(CompileTime.count(document)).containsExactly(30, 4, 27);
    assertThat(Startup.counts(new ObjectMapper().readTree(document.toFile())))
        .isEqualTo("operations=30 schemes=4 secured=27");
    assertThat(classes.resolve("synth/Widget2Api_Security.class")).exists();
  }

  @Test
  void swaggerReaderDocumentsTheSameOperationsAndSecurity() throws Exception {
    Path classes = compile(Vocabulary.SWAGGER, 30, false);

    List<String> names = new ArrayList<>();
    names.add("synth.Schemes");
    names.addAll(SyntheticApi.resourceTypes(Vocabulary.SWAGGER, 30));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Set<Class<?>> types = new LinkedHashSet<>();
      for (String name : names) {
        types.add(Class.forName(name, true, loader));
      }
      OpenAPI model = new Reader(new OpenAPI()).read(types);
      String json = Json.mapper().writeValueAsString(model);

      assertThat(Startup.counts(new ObjectMapper().readTree(json)))
          .isEqualTo("operations=30 schemes=4 secured=27");
      assertThat(json).contains("\"OAuth2AuthorizationCodeBearer\":[\"read\",\"write\"]");
    }
  }

  @Test
  void avajeVocabularyHasTheSameOperationsAndRequirements() throws Exception {
    List<Path> files = SyntheticApi.write(Vocabulary.AVAJE, 20, dir.resolve("src"));

    assertThat(files).hasSize(1 + 2 * 3);
    String controller = Files.readString(dir.resolve("src/synth/Widget1Controller.java"));
    assertThat(controller.split("\n  @(Get|Post|Put|Delete)", -1)).hasSize(11);
    assertThat(controller.split("@SecurityRequirement\\(", -1)).hasSize(11); // history has two
    assertThat(controller)
        .contains("@Get(\"/{id}/tags\")")
        .contains(
            "@SecurityRequirement(name = \"OAuth2AuthorizationCodeBearer\","
                + " scopes = {\"read\", \"write\"})");
  }

  @Test
  void sizeMustBeAMultipleOfTen() {
    assertThatThrownBy(() -> SyntheticApi.write(Vocabulary.GATEHOUSE, 15, dir))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Compiles one vocabulary against the test class path; returns the classes directory. */
  private Path compile(Vocabulary vocabulary, int operations, boolean processor) throws Exception {
    List<Path> sources = SyntheticApi.write(vocabulary, operations, dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-d",
                classes.toString(),
                "-s",
                Files.createDirectories(dir.resolve("gen")).toString(),
                "-cp",
                System.getProperty("java.class.path"),
                processor ? "-proc:full" : "-proc:none",
                "-Agatehouse.info.title=Synthetic"));
    for (Path s : sources) {
      args.add(s.toString());
    }
    int exit =
        ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    assertThat(exit).as("javac exit code").isZero();
    return classes;
  }
}
