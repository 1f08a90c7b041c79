package dev.gatehouse.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of {@code tokenBinding} (issue 17), one test per diagnostic. */
class TokenBindingValidationTest {
  private static final List<String> PLAIN_HTTP_SERVER =
      List.of("-Agatehouse.servers=https://api.example.com, http://api.example.com");

  @Test
  void mtlsNeedsHttpsServers() {
    Sources.assertSingleError(
        "[SecMtlsNeedsHttps]",
        "SecMtlsNeedsHttps",
        PLAIN_HTTP_SERVER,
        "@HttpBearer(tokenBinding = TokenBinding.MTLS)",
        "Scheme \"HTTPBearer\" declares tokenBinding = MTLS, so its clients prove possession with"
            + " a TLS client certificate, but server URL \"http://api.example.com\"");
  }

  @Test
  void dpopOrMtlsNeedsHttpsServersToo() {
    Sources.assertSingleError(
        "[SecMtlsNeedsHttps]",
        "SecMtlsNeedsHttps_either",
        PLAIN_HTTP_SERVER,
        "tokenBinding = TokenBinding.DPOP_OR_MTLS",
        "Scheme \"OpenIdConnect\" declares tokenBinding = DPOP_OR_MTLS");
  }

  @Test
  void mtlsWithHttpsOrRelativeServersCompiles() {
    Compilation compilation =
        Sources.compile(
            List.of("-Agatehouse.servers=https://api.example.com, /v2"),
            List.of(Sources.file("bad/SecMtlsNeedsHttps.java")));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void mtlsWithoutServersCompiles() {
    Compilation compilation =
        Sources.compile(List.of(), List.of(Sources.file("bad/SecMtlsNeedsHttps.java")));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void dpopNeedsATokenScheme() {
    Sources.assertSingleError(
        "[SecDpopNeedsTokenScheme]",
        "SecDpopNeedsTokenScheme",
        "@HttpScheme(scheme = \"DPoP\", schemeName = \"Dpop\")",
        "Scheme \"Dpop\" declares the HTTP authentication scheme \"DPoP\" with @HttpScheme, but"
            + " DPoP (RFC 9449) binds an OAuth access token");
  }

  @Test
  void oneBindingPerScheme() {
    Sources.assertSingleError(
        "[SecConflictingTokenBinding]",
        "SecConflictingTokenBinding",
        "@HttpBearer(schemeName = \"Auth\", tokenBinding = TokenBinding.MTLS)",
        "Scheme \"Auth\" is declared with tokenBinding = MTLS here and DPOP on");
  }

  @Test
  void generatedExtractorReportsTheBinding() {
    Compilation compilation = Sources.compile(List.of(), Sources.folder("good/sender"));
    CompilationSubject.assertThat(compilation).succeeded();
    String source =
        compilation.generatedSourceFiles().stream()
            .filter(f -> f.getName().contains("Dpop"))
            .map(
                f -> {
                  try {
                    return f.getCharContent(true).toString();
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThat(source)
        .contains("public SenderConstraint senderConstraint()")
        .contains("return SenderConstraint.DPOP;");
  }
}
