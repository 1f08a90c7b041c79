package dev.gatehouse.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documentation's doctest: every page's Java blocks follow the convention, and every project of
 * complete files compiles with the processor and, where it declares an endpoint, gets its {@code
 * META-INF/openapi.json}. One container per page, one test per project, so a failure names the
 * page, the project and the line.
 */
class DocSamplesTest {
  private static final Path ROOT = DocPages.repositoryRoot();
  private static final Path WORK =
      Path.of(System.getProperty("gatehouse.docs.work", "target/doc-samples"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicNode> everyPage() {
    SampleCompiler compiler = new SampleCompiler(ClassPaths.ofThisTest(), WORK);
    List<DynamicNode> pages = new ArrayList<>();
    for (Path page : DocPages.pages(ROOT)) {
      String name = DocPages.name(page);
      DocSamples samples = DocSamples.of(name, DocPages.read(ROOT, page));
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(
          DynamicTest.dynamicTest(
              "every java block is a file= or a fragment",
              () ->
                  assertThat(samples.problems())
                      .as(
                          "Java blocks of %s that break the convention (docs/contributing-docs.md)",
                          name)
                      .isEmpty()));
      for (SampleProject project : samples.projects()) {
        tests.add(
            DynamicTest.dynamicTest(
                project.displayName() + " compiles", () -> compiles(compiler.compile(project))));
      }
      pages.add(DynamicContainer.dynamicContainer(name, tests));
    }
    return pages.stream();
  }

  private static void compiles(CompiledSample sample) throws IOException {
    String files = sample.project().files().stream().map(SampleFile::path).toList().toString();
    assertThat(sample.errors())
        .as(
            "javac's errors for %s %s (%s); sources and output in %s",
            sample.project().displayName(),
            files,
            String.join(" ", SampleCompiler.OPTIONS),
            WORK.resolve(sample.project().folderName()).toAbsolutePath())
        .isEmpty();
    if (!sample.endpointInterfaces().isEmpty()) {
      assertThat(sample.document())
          .as(
              "%s declares %s, so the processor must write META-INF/openapi.json: it did not run",
              sample.project().displayName(), sample.endpointInterfaces())
          .isPresent();
      JsonNode document = JSON.readTree(sample.document().orElseThrow().toFile());
      Set<String> tags = new TreeSet<>();
      for (JsonNode path : document.path("paths")) {
        for (JsonNode operation : path) {
          operation.path("tags").forEach(tag -> tags.add(tag.asText()));
        }
      }
      List<String> interfaces =
          sample.endpointInterfaces().stream()
              .map(n -> n.substring(n.lastIndexOf('.') + 1))
              .toList();
      assertThat(tags)
          .as(
              "the operations' tags in %s's document: one per endpoint interface",
              sample.project().displayName())
          .containsAll(interfaces);
    }
  }

  @Test
  void theDocumentationIsFound() {
    List<Path> pages = DocPages.pages(ROOT);
    assertThat(pages).contains(Path.of("README.md"), Path.of("docs", "getting-started.md"));
    long complete =
        pages.stream()
            .map(p -> DocSamples.of(DocPages.name(p), DocPages.read(ROOT, p)))
            .mapToLong(s -> s.projects().size())
            .sum();
    assertThat(complete).as("sample projects in README.md and docs/").isGreaterThan(5);
  }
}
