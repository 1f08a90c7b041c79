package dev.gatehouse.processor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Endpoints and schemes in the unnamed package: the generated classes are top-level classes without
 * a package, and the {@code META-INF/services} files must name them as {@link
 * java.util.ServiceLoader} reads them (it rejects {@code .Api_Security}).
 */
class UnnamedPackageTest {

  @Test
  void serviceFilesNameClassesOfTheUnnamedPackageWithoutALeadingDot() {
    Outcome outcome =
        Outcome.compile(
            List.of(),
            List.of(
                JavaFileObjects.forSourceLines(
                    "Api",
                    "import dev.gatehouse.annotations.HttpBasic;",
                    "import dev.gatehouse.annotations.SecurityRequirement;",
                    "import jakarta.ws.rs.GET;",
                    "import jakarta.ws.rs.Path;",
                    "",
                    "@HttpBasic",
                    "@Path(\"/p\")",
                    "@SecurityRequirement(\"HTTPBasic\")",
                    "public interface Api {",
                    "  @GET String get();",
                    "}")));

    assertThat(outcome.succeeded()).as(outcome.diagnostics()).isTrue();
    assertThat(Outcome.operations(outcome.assertInvariant().orElseThrow()))
        .containsExactly("GET /p");
    assertThat(
            outcome.generatedFile(
                "META-INF/services/dev.gatehouse.runtime.internal.GeneratedEndpoint"))
        .contains("Api_Security\n");
    assertThat(
            outcome.generatedFile(
                "META-INF/services/dev.gatehouse.runtime.internal.GeneratedScheme"))
        .contains("Api_HTTPBasic_CredentialExtractor\n");
  }
}
