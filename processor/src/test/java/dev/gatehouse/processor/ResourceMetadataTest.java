package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * RFC 9728 protected-resource metadata ({@code META-INF/oauth-protected-resource.json}), derived
 * from the declarations: written exactly when there is a resource identifier and a token scheme,
 * compared byte for byte with its golden file.
 */
class ResourceMetadataTest {
  private static final String METADATA = "META-INF/oauth-protected-resource.json";

  private static Compilation compile(String... options) {
    return Sources.compile(List.of(options), Sources.folder("good/resource"));
  }

  private static String metadata(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    return Sources.utf8(Sources.generated(compilation, METADATA).orElseThrow());
  }

  @Test
  void everythingDerivedFromTheDeclarationsAndTheOptions() {
    Goldens.assertJsonMatches(
        "resource/full.json",
        metadata(
            compile(
                "-Agatehouse.info.title=Orders",
                "-Agatehouse.resource=https://api.example.com/orders",
                "-Agatehouse.resource.documentation=https://docs.example.com/orders")));
  }

  @Test
  void theResourceDefaultsToTheFirstHttpsServer() {
    Goldens.assertJsonMatches(
        "resource/from-servers.json",
        metadata(compile("-Agatehouse.servers=http://localhost:8080,https://api.example.com")));
  }

  @Test
  void givenAuthorizationServersReplaceTheDerivedOnes() {
    String json =
        metadata(
            compile(
                "-Agatehouse.resource=https://api.example.com",
                "-Agatehouse.resource.authorizationServers=https://as2.example.com, https://as1.example.com"));
    assertThat(json)
        .contains(
            "\"authorization_servers\": [\n    \"https://as2.example.com\",\n"
                + "    \"https://as1.example.com\"\n  ]")
        .doesNotContain("id.example.com");
  }

  @Test
  void noResourceIdentifierNoMetadata() {
    Compilation compilation = compile("-Agatehouse.servers=http://localhost:8080");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generated(compilation, METADATA)).isEmpty();
    assertThat(Sources.generated(compilation, Sources.OPENAPI)).isPresent();
  }

  @Test
  void aResourceWithoutATokenSchemeWarnsAndWritesNothing() {
    Compilation compilation =
        Sources.compile(
            List.of("-Agatehouse.resource=https://api.example.com"),
            List.of(Sources.file("bad/SecResourceWithoutTokenScheme.java")));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SecResourceWithoutTokenScheme]");
    assertThat(compilation)
        .hadWarningContaining(
            "-Agatehouse.resource=\"https://api.example.com\" names an OAuth protected resource,"
                + " but no OAuth2, OpenID Connect or HTTP bearer scheme is declared");
    assertThat(compilation.diagnostics())
        .filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .allSatisfy(d -> assertThat(d.getSource()).isNull());
    assertThat(Sources.generated(compilation, METADATA)).isEmpty();
  }

  @Test
  void theWarningCanBeSilencedForTheCompilation() {
    Compilation compilation =
        Sources.compile(
            List.of(
                "-Agatehouse.resource=https://api.example.com",
                "-Agatehouse.suppressWarnings=SecResourceWithoutTokenScheme"),
            List.of(Sources.file("bad/SecResourceWithoutTokenScheme.java")));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theSameSourcesInAnotherOrderGiveTheSameBytes() {
    String[] options = {"-Agatehouse.resource=https://api.example.com"};
    byte[] forward = Sources.generated(compile(options), METADATA).orElseThrow();
    byte[] backward =
        Sources.generated(
                Sources.compile(
                    List.of(options), Sources.reversed(Sources.folder("good/resource"))),
                METADATA)
            .orElseThrow();
    assertThat(backward).isEqualTo(forward);
  }
}
