package dev.gatehouse.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.gatehouse.processor.write.GeneratedNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typed verifier builder ({@code GatehouseSchemes}): its name and methods, and what javac says
 * to application code that forgets a verifier or passes one of the wrong type. Its text is checked
 * by {@link GeneratedSourcesGoldenTest}.
 */
class TypedWiringTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "APIKeyHeader, apiKeyHeader",
    "APIKeyQuery, apiKeyQuery",
    "HTTPBasic, httpBasic",
    "HTTPBearer, httpBearer",
    "HTTPDigest, httpDigest",
    "HTTPBase, httpBase",
    "OAuth2, oauth2",
    "OAuth2PasswordBearer, oauth2PasswordBearer",
    "OAuth2AuthorizationCodeBearer, oauth2AuthorizationCodeBearer",
    "OpenIdConnect, openIdConnect",
    "api.key-v2, apiKeyV2",
    "my_scheme, myScheme",
    "keycloakOIDC, keycloakOIDC",
    "ABTest, abTest",
    "2fa, scheme2fa",
    "-, scheme",
    "default, defaultScheme",
    "Build, buildScheme",
    "toString, toStringScheme",
  })
  void verifierMethodsAreTheLowerCamelCaseOfTheSchemeName(String scheme, String method) {
    assertThat(GeneratedNames.verifierMethod(scheme)).isEqualTo(method);
  }

  @Test
  void namesThatGiveOneMethodAreSpelledAsWritten() throws IOException {
    Compilation compilation =
        compile(
            List.of(),
            source(
                "test.Keys",
                "@dev.gatehouse.annotations.ApiKeyHeader(name = \"A\", schemeName = \"ApiKey\")",
                "@dev.gatehouse.annotations.ApiKeyHeader(name = \"B\", schemeName = \"apiKey\")",
                "@dev.gatehouse.annotations.HttpBearer(schemeName = \"api-token\")",
                "final class Keys {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(wiring(compilation, "test/GatehouseSchemes.java"))
        .contains("NeedsApiToken ApiKey(Verifier<ApiKey> verifier);")
        .contains("NeedsApiKey_ apiToken(Verifier<BearerToken> verifier);")
        .contains("Ready apiKey(Verifier<ApiKey> verifier);");
  }

  @Test
  void namesThatGiveOneMethodEvenAsWrittenAreAnError() {
    Sources.assertSingleError(
        "[SecVerifierNameClash]",
        "SecVerifierNameClash",
        "@ApiKeyQuery(name = \"key\", schemeName = \"api.key\")",
        "Schemes \"api-key\" and \"api.key\" both give the method api_key(...) of the typed"
            + " verifier builder test.GatehouseSchemes, even spelled as they are written. Rename"
            + " one of them (schemeName), or write no typed builder with"
            + " -Agatehouse.wiring=none.");
  }

  @Test
  void theDefaultClassIsInThePackageTheSchemeDeclarationsShare() throws IOException {
    Compilation compilation =
        compile(
            List.of(),
            source(
                "com.example.orders.api.OrdersApi",
                "@dev.gatehouse.annotations.HttpBearer",
                "public interface OrdersApi {}"),
            source(
                "com.example.orders.keys.Keys",
                "@dev.gatehouse.annotations.ApiKeyHeader(name = \"X-Key\")",
                "final class Keys {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(wiring(compilation, "com/example/orders/GatehouseSchemes.java"))
        .contains("package com.example.orders;");
  }

  @Test
  void withoutACommonPackageTheFirstPackageInNameOrderHasIt() throws IOException {
    Compilation compilation =
        compile(
            List.of(),
            source(
                "org.other.Bearer",
                "@dev.gatehouse.annotations.HttpBearer",
                "final class Bearer {}"),
            source(
                "com.example.Keys",
                "@dev.gatehouse.annotations.ApiKeyHeader(name = \"X-Key\")",
                "final class Keys {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(wiring(compilation, "com/example/GatehouseSchemes.java")).isNotEmpty();
  }

  @Test
  void theOptionNamesTheClassOrTurnsItOff() throws IOException {
    JavaFileObject schemes =
        source("test.Keys", "@dev.gatehouse.annotations.HttpBearer", "final class Keys {}");

    Compilation named = compile(List.of("-Agatehouse.wiring=com.acme.AppSecurity"), schemes);
    Compilation none = compile(List.of("-Agatehouse.wiring=none"), schemes);

    assertThat(named).succeededWithoutWarnings();
    assertThat(wiring(named, "com/acme/AppSecurity.java"))
        .contains("package com.acme;")
        .contains("public final class AppSecurity {");
    assertThat(none).succeededWithoutWarnings();
    assertThat(generatedPaths(none)).noneMatch(p -> p.endsWith("GatehouseSchemes.java"));
  }

  @Test
  void everySchemeWithAVerifierCompiles() {
    JavaFileObject app =
        app(
            "Gatehouse build(Verifier<ApiKey> keys, Verifier<BasicCredentials> passwords,",
            "    Verifier<BearerToken> tokens) {",
            "  return GatehouseSchemes.builder(Gatehouse.builder().realm(\"test\"))",
            "      .apiKeyHeader(keys).httpBasic(passwords).httpBearer(tokens).build();",
            "}");

    assertThat(compileWith(app)).succeededWithoutWarnings();
  }

  @Test
  void aMissingVerifierDoesNotCompileAndJavacNamesTheStepThatNeedsIt() {
    JavaFileObject middleApp =
        app(
            "Gatehouse build(Verifier<ApiKey> keys, Verifier<BearerToken> tokens) {",
            "  return GatehouseSchemes.builder()",
            "      .apiKeyHeader(keys)",
            "      .httpBearer(tokens).build();",
            "}");
    JavaFileObject lastApp =
        app(
            "Gatehouse build(Verifier<ApiKey> keys, Verifier<BasicCredentials> passwords) {",
            "  return GatehouseSchemes.builder()",
            "      .apiKeyHeader(keys).httpBasic(passwords)",
            "      .build();",
            "}");

    Compilation middle = compileWith(middleApp);
    Compilation last = compileWith(lastApp);

    assertThat(middle).failed();
    assertThat(middle).hadErrorCount(1);
    assertThat(middle)
        .hadErrorContaining("cannot find symbol")
        .inFile(middleApp)
        .onLineContaining(".httpBearer(tokens).build();");
    assertThat(middle).hadErrorContaining("method httpBearer(");
    assertThat(middle)
        .hadErrorContaining("location: interface test.GatehouseSchemes.NeedsHttpBasic");
    assertThat(last).failed();
    assertThat(last).hadErrorCount(1);
    assertThat(last)
        .hadErrorContaining("cannot find symbol")
        .inFile(lastApp)
        .onLineContaining(".build();");
    assertThat(last).hadErrorContaining("method build()");
    assertThat(last)
        .hadErrorContaining("location: interface test.GatehouseSchemes.NeedsHttpBearer");
  }

  @Test
  void aVerifierOfTheWrongCredentialTypeDoesNotCompile() {
    JavaFileObject app =
        app(
            "Gatehouse build(Verifier<BearerToken> tokens, Verifier<BasicCredentials> p) {",
            "  return GatehouseSchemes.builder()",
            "      .apiKeyHeader(tokens)",
            "      .httpBasic(p).httpBearer(tokens).build();",
            "}");

    Compilation compilation = compileWith(app);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "incompatible types: dev.gatehouse.runtime.Verifier<dev.gatehouse.runtime.BearerToken>"
                + " cannot be converted to dev.gatehouse.runtime.Verifier<dev.gatehouse.runtime.ApiKey>")
        .inFile(app)
        .onLineContaining(".apiKeyHeader(tokens)");
  }

  /**
   * A scheme whose tokens may be DPoP-bound needs a proof checker besides its verifier, or {@code
   * Gatehouse.Builder.build()} refuses to start: its step takes both, so forgetting the checker is
   * a compile error too, and the step registers both.
   */
  @Test
  void aDpopSchemesStepTakesItsProofCheckerToo() {
    JavaFileObject schemes =
        source(
            "bank.Schemes",
            "import dev.gatehouse.annotations.*;",
            "@HttpBearer(schemeName = \"Accounts\", tokenBinding = TokenBinding.DPOP)",
            "@HttpBearer(schemeName = \"Either\", tokenBinding = TokenBinding.DPOP_OR_MTLS)",
            "@HttpBearer(schemeName = \"Cards\", tokenBinding = TokenBinding.MTLS)",
            "public interface Schemes {}");
    JavaFileObject good =
        source(
            "bank.App",
            "import dev.gatehouse.runtime.*;",
            "final class App {",
            "  Gatehouse.Builder build(Verifier<BearerToken> tokens, DpopProofChecker proofs) {",
            "    GatehouseSchemes.Ready ready = GatehouseSchemes.builder()",
            "        .accounts(tokens, proofs).cards(tokens).either(tokens, proofs);",
            "    return null;",
            "  }",
            "}");
    JavaFileObject forgotten =
        source(
            "bank.App",
            "import dev.gatehouse.runtime.*;",
            "final class App {",
            "  Gatehouse build(Verifier<BearerToken> tokens, DpopProofChecker proofs) {",
            "    return GatehouseSchemes.builder()",
            "        .accounts(tokens)",
            "        .cards(tokens).either(tokens, proofs).build();",
            "  }",
            "}");

    Compilation ok = compile(List.of(), schemes, good);
    assertThat(ok).succeededWithoutWarnings();
    String generated;
    try {
      generated =
          ok.generatedSourceFile("bank.GatehouseSchemes")
              .orElseThrow()
              .getCharContent(true)
              .toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(generated)
        .contains("gatehouse.dpop(\"Accounts\", proofs);")
        .contains("gatehouse.dpop(\"Either\", proofs);")
        .doesNotContain("gatehouse.dpop(\"Cards\"");

    Compilation bad = compile(List.of(), schemes, forgotten);
    assertThat(bad).failed();
    assertThat(bad).hadErrorCount(1);
    assertThat(bad)
        .hadErrorContaining("method accounts in interface bank.GatehouseSchemes.NeedsAccounts")
        .inFile(forgotten)
        .onLineContaining(".accounts(tokens)");
  }

  /** An application class using the builder of {@code good/combinations}' three schemes. */
  private static JavaFileObject app(String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import dev.gatehouse.runtime.*;");
    lines.add("final class App {");
    lines.addAll(List.of(body));
    lines.add("}");
    return JavaFileObjects.forSourceLines("test.App", lines);
  }

  /** {@code good/combinations} (APIKeyHeader, HTTPBasic, HTTPBearer) and {@code app}. */
  private static Compilation compileWith(JavaFileObject app) {
    List<JavaFileObject> sources = new ArrayList<>(Sources.folder("good/combinations"));
    sources.add(app);
    return Sources.compile(List.of(), sources);
  }

  private static JavaFileObject source(String name, String... lines) {
    int dot = name.lastIndexOf('.');
    List<String> all = new ArrayList<>();
    all.add("package " + name.substring(0, dot) + ";");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(name, all);
  }

  private static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Sources.compile(options, List.of(sources));
  }

  private static List<String> generatedPaths(Compilation compilation) {
    return compilation.generatedSourceFiles().stream().map(f -> f.toUri().getPath()).toList();
  }

  private static String wiring(Compilation compilation, String path) throws IOException {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.toUri().getPath().endsWith("/" + path)) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError("no generated " + path + " among " + generatedPaths(compilation));
  }
}
