package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.SecurityScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;

/**
 * Writes the typed verifier builder of a compilation: a staged builder with one step per declared
 * scheme, in scheme-name order, each taking the verifier its kind needs, so that {@code build()}
 * exists only once every scheme has one. A missing step is javac's "cannot find symbol ...
 * location: interface Needs<Step>"; a verifier of the wrong credential type is "incompatible
 * types". Each step registers through {@code Gatehouse.Builder}'s string-keyed methods, which stay
 * for schemes other compilations declare.
 */
public final class WiringWriter {
  private static final ClassName GATEHOUSE = ClassName.get(RuntimeTypes.RUNTIME, "Gatehouse");
  private static final ClassName BUILDER = GATEHOUSE.nestedClass("Builder");
  private static final ClassName VERIFIER = ClassName.get(RuntimeTypes.RUNTIME, "Verifier");
  private static final ClassName DIGEST_USER_STORE =
      ClassName.get(RuntimeTypes.RUNTIME, "DigestUserStore");
  private static final ClassName DPOP_PROOF_CHECKER =
      ClassName.get(RuntimeTypes.RUNTIME, "DpopProofChecker");

  /**
   * One declared scheme and the type or package that declared it; {@code dpop} when its tokens may
   * be DPoP-bound ({@code tokenBinding} {@code DPOP} or {@code DPOP_OR_MTLS}), so that its step
   * also takes the proof checker {@code Gatehouse.Builder.build()} requires for it.
   */
  public record Declared(SecurityScheme scheme, Element holder, boolean dpop) {
    public Declared(SecurityScheme scheme, Element holder) {
      this(scheme, holder, false);
    }
  }

  /** Two schemes whose names give the same method, even as written. */
  public record Clash(SecurityScheme scheme, SecurityScheme other, String method) {}

  /** Receives each unresolvable clash. */
  @FunctionalInterface
  public interface Clashes {
    void report(Clash clash);
  }

  /**
   * The builder class {@code name} for {@code schemes} (sorted by name, each name once), or empty
   * when two of them cannot be given distinct methods ({@code clashes} has heard of each pair).
   */
  public Optional<JavaFile> write(ClassName name, List<Declared> schemes, Clashes clashes) {
    Optional<Map<Declared, String>> methods = methods(schemes, clashes);
    if (methods.isEmpty()) {
      return Optional.empty();
    }
    NameAllocator types = new NameAllocator();
    types.newName(name.simpleName(), "outer");
    types.newName("Steps", "steps");
    types.newName("Ready", "ready");
    List<ClassName> stages = new ArrayList<>();
    for (Declared d : schemes) {
      String method = methods.get().get(d);
      stages.add(
          name.nestedClass(
              types.newName(
                  "Needs" + Character.toUpperCase(method.charAt(0)) + method.substring(1))));
    }
    ClassName ready = name.nestedClass("Ready");
    ClassName steps = name.nestedClass("Steps");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The verifier of every security scheme this compilation declares, one typed step"
                    + " per\nscheme in scheme-name order, so that a scheme without a verifier, or"
                    + " with a verifier of\nthe wrong credential type, does not compile:\n\n"
                    + "<pre>{@code\nGatehouse gatehouse = $T.builder()\n",
                name)
            .addAnnotation(RuntimeTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    for (Declared d : schemes) {
      type.addJavadoc("    .$L(...)\n", methods.get().get(d));
    }
    type.addJavadoc(
        "    .build();\n}</pre>\n\n<p>Start from {@link #builder($T)} for the runtime's other"
            + " settings, and for verifiers of\nschemes that other compilations declare,"
            + " registered by name.\n",
        BUILDER);
    for (Declared d : schemes) {
      type.addOriginatingElement(d.holder());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("Starts from {@link $T#builder()}.\n", GATEHOUSE)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(stages.get(0))
            .addStatement("return builder($T.builder())", GATEHOUSE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc(
                "Starts from {@code gatehouse}, configured already (realm, Digest nonces, bearer"
                    + " transports,\nverifiers of other compilations' schemes by name).\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(stages.get(0))
            .addParameter(BUILDER, "gatehouse")
            .addStatement(
                "return new $T($T.requireNonNull(gatehouse, $S))",
                steps,
                java.util.Objects.class,
                "gatehouse")
            .build());
    TypeSpec.Builder impl =
        TypeSpec.classBuilder(steps)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addField(BUILDER, "gatehouse", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(BUILDER, "gatehouse")
                    .addStatement("this.gatehouse = gatehouse")
                    .build());
    for (int i = 0; i < schemes.size(); i++) {
      Declared d = schemes.get(i);
      Kind kind = kind(d.scheme());
      String method = methods.get().get(d);
      ClassName next = i + 1 < stages.size() ? stages.get(i + 1) : ready;
      type.addType(
          TypeSpec.interfaceBuilder(stages.get(i))
              .addJavadoc(
                  "The step that needs the verifier of scheme {@code $L}.\n",
                  ExtractorWriter.escapeJavadoc(d.scheme().name()))
              .addModifiers(Modifier.PUBLIC)
              .addMethod(step(d, kind, method, next).build())
              .build());
      impl.addSuperinterface(stages.get(i));
      MethodSpec.Builder implementation =
          MethodSpec.methodBuilder(method)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(next)
              .addParameter(kind.parameterType(), kind.parameter())
              .addStatement(
                  "gatehouse.$L($S, $L)", kind.registration(), d.scheme().name(), kind.parameter());
      if (d.dpop()) {
        implementation
            .addParameter(DPOP_PROOF_CHECKER, "proofs")
            .addStatement("gatehouse.dpop($S, proofs)", d.scheme().name());
      }
      impl.addMethod(implementation.addStatement("return this").build());
    }
    type.addType(
        TypeSpec.interfaceBuilder(ready)
            .addJavadoc("Every scheme has its verifier.\n")
            .addModifiers(Modifier.PUBLIC)
            .addMethod(
                MethodSpec.methodBuilder("build")
                    .addJavadoc(
                        "{@link $T#build()}: checks what javac cannot (the generated classes on the"
                            + " class path,\nschemes of other compilations) and fails, naming each"
                            + " problem, if anything is amiss.\n",
                        BUILDER)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(GATEHOUSE)
                    .build())
            .build());
    impl.addSuperinterface(ready);
    impl.addMethod(
        MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(GATEHOUSE)
            .addStatement("return gatehouse.build()")
            .build());
    type.addType(impl.build());
    return Optional.of(
        JavaFile.builder(name.packageName(), type.build())
            .skipJavaLangImports(true)
            .indent("  ")
            .build());
  }

  /**
   * Each scheme's method: {@link GeneratedNames#verifierMethod}, or, for schemes whose names give
   * the same one, {@link GeneratedNames#verifierMethodOfClash}; empty after reporting each pair
   * that still shares a method.
   */
  static Optional<Map<Declared, String>> methods(List<Declared> schemes, Clashes clashes) {
    Map<String, Integer> uses = new HashMap<>();
    for (Declared d : schemes) {
      uses.merge(GeneratedNames.verifierMethod(d.scheme().name()), 1, Integer::sum);
    }
    Map<Declared, String> methods = new LinkedHashMap<>();
    Map<String, Declared> taken = new HashMap<>();
    boolean ok = true;
    for (Declared d : schemes) {
      String method = GeneratedNames.verifierMethod(d.scheme().name());
      if (uses.get(method) > 1) {
        method = GeneratedNames.verifierMethodOfClash(d.scheme().name());
      }
      Declared other = taken.putIfAbsent(method, d);
      if (other != null) {
        clashes.report(new Clash(d.scheme(), other.scheme(), method));
        ok = false;
      }
      methods.put(d, method);
    }
    return ok ? Optional.of(methods) : Optional.empty();
  }

  /** The abstract step method of scheme {@code d}. */
  private static MethodSpec.Builder step(Declared d, Kind kind, String method, ClassName next) {
    MethodSpec.Builder step =
        MethodSpec.methodBuilder(method)
            .addJavadoc(
                "$L scheme {@code $L}, declared with {@code $L} on {@code $L}.\n",
                kind.what(),
                ExtractorWriter.escapeJavadoc(d.scheme().name()),
                d.scheme().annotationName(),
                holder(d.holder()))
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(next)
            .addParameter(kind.parameterType(), kind.parameter());
    if (d.dpop()) {
      step.addJavadoc(
              "Its tokens may be DPoP-bound ({@code tokenBinding}): {@code proofs} checks their"
                  + " proofs\n(RFC 9449), as {@code $T.dpop} would.\n",
              BUILDER)
          .addParameter(DPOP_PROOF_CHECKER, "proofs");
    }
    return step;
  }

  private static String holder(Element holder) {
    return holder instanceof PackageElement p
        ? "package " + p.getQualifiedName()
        : holder.toString();
  }

  /** How a scheme kind's verifier is typed and registered. */
  private record Kind(String what, TypeName parameterType, String parameter, String registration) {}

  private static Kind kind(SecurityScheme scheme) {
    if (scheme instanceof ApiKeyScheme) {
      return verifier("Verifies the API keys of", "ApiKey", "apiKey");
    }
    if (scheme instanceof HttpAuthScheme h) {
      return switch (h.kind()) {
        case BASIC ->
            verifier("Verifies the user names and passwords of", "BasicCredentials", "basic");
        case BEARER -> verifier("Verifies the bearer tokens of", "BearerToken", "bearer");
        case DIGEST ->
            new Kind(
                "Finds the stored {@code H(username \":\" realm \":\" password)} of the users of",
                DIGEST_USER_STORE,
                "users",
                "digest");
        case GENERIC -> verifier("Verifies the credentials of", "AuthorizationCredentials", "http");
      };
    }
    return verifier("Verifies the bearer tokens of", "BearerToken", "bearer");
  }

  private static Kind verifier(String what, String credential, String registration) {
    return new Kind(
        what,
        ParameterizedTypeName.get(VERIFIER, ClassName.get(RuntimeTypes.RUNTIME, credential)),
        "verifier",
        registration);
  }
}
