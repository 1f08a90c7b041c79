package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.OpenIdConnectScheme;
import dev.gatehouse.processor.model.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the credential-extractor class of one declared scheme: the scheme's constants (header,
 * query or cookie name, realm, scheme word) and the runtime extractor they configure, registered
 * with the runtime as a {@code GeneratedScheme}.
 */
public final class ExtractorWriter {
  private static final String RUNTIME = RuntimeTypes.RUNTIME;

  /** The Java file for {@code scheme}, declared on {@code holder}. */
  public JavaFile write(SecurityScheme scheme, Element holder) {
    return write(scheme, holder, null);
  }

  /**
   * The Java file for {@code scheme}, declared on {@code holder} with {@code tokenBinding} ({@code
   * DPOP}, {@code MTLS}, {@code DPOP_OR_MTLS}; null or {@code NONE} for plain bearer tokens).
   */
  public JavaFile write(SecurityScheme scheme, Element holder, String tokenBinding) {
    ClassName name = GeneratedNames.extractor(holder, scheme.name());
    Shape shape = shape(scheme);
    ClassName credential = ClassName.get(RUNTIME, shape.credential());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "Extracts the {@link $T} of scheme {@code $L}, declared with {@code $L} on {@code"
                    + " $L}.\n",
                credential,
                escapeJavadoc(scheme.name()),
                scheme.annotationName(),
                holder)
            .addAnnotation(RuntimeTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(
                ParameterizedTypeName.get(RuntimeTypes.CREDENTIAL_EXTRACTOR, credential))
            .addSuperinterface(RuntimeTypes.GENERATED_SCHEME)
            .addOriginatingElement(holder)
            .addField(constant("SCHEME_NAME", scheme.name()));
    if (shape.constantName() != null) {
      type.addField(constant(shape.constantName(), shape.constantValue()));
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(RuntimeTypes.CREDENTIAL_EXTRACTOR, credential),
                "EXTRACTOR",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(shape.extractor())
            .build());
    type.addField(
        FieldSpec.builder(
                RuntimeTypes.SCHEME_DEFINITION,
                "DEFINITION",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The scheme, as the runtime sees it.\n")
            .initializer(definition(shape, name))
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("For the runtime's service loader; use {@link #DEFINITION}.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("extract")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(RuntimeTypes.EXTRACTION, credential))
            .addParameter(RuntimeTypes.REQUEST_VIEW, "request")
            .addStatement("return EXTRACTOR.extract(request)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("definition")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.SCHEME_DEFINITION)
            .addStatement("return DEFINITION")
            .build());
    if (tokenBinding != null && !tokenBinding.equals("NONE")) {
      ClassName constraint = ClassName.get(RUNTIME, "SenderConstraint");
      type.addMethod(
          MethodSpec.methodBuilder("senderConstraint")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(constraint)
              .addStatement("return $T.$L", constraint, tokenBinding)
              .build());
    }
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The scheme's definition through the runtime's factory for its kind, with the constants above as
   * arguments; an API key names its place, so that schemes reading one header, query parameter or
   * cookie are known to read one credential.
   */
  private static CodeBlock definition(Shape shape, ClassName name) {
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("SCHEME_NAME"));
    if (shape.constantInDefinition()) {
      arguments.add(CodeBlock.of("$L", shape.constantName()));
    }
    arguments.add(CodeBlock.of("new $T()", name));
    return Calls.call(
        CodeBlock.of("$T.$L", RuntimeTypes.SCHEME_DEFINITION, shape.factory()), arguments);
  }

  private static FieldSpec constant(String name, String value) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", value)
        .build();
  }

  /**
   * What differs between scheme kinds: the credential type, the {@code SchemeDefinition} factory,
   * the scheme's own constant (if any) and whether that factory takes it, and the extractor.
   */
  private record Shape(
      String credential,
      String factory,
      String constantName,
      String constantValue,
      boolean constantInDefinition,
      CodeBlock extractor) {}

  private static Shape shape(SecurityScheme scheme) {
    ClassName x = RuntimeTypes.EXTRACTORS;
    if (scheme instanceof ApiKeyScheme k) {
      String constant;
      String factory;
      switch (k.location()) {
        case HEADER -> {
          constant = "HEADER_NAME";
          factory = "apiKeyHeader";
        }
        case QUERY -> {
          constant = "QUERY_PARAMETER";
          factory = "apiKeyQuery";
        }
        default -> {
          constant = "COOKIE_NAME";
          factory = "apiKeyCookie";
        }
      }
      return new Shape(
          "ApiKey",
          factory,
          constant,
          k.parameterName(),
          true,
          CodeBlock.of("$T.$L($L)", x, factory, constant));
    }
    if (scheme instanceof HttpAuthScheme h) {
      return switch (h.kind()) {
        case BASIC ->
            new Shape(
                "BasicCredentials",
                "basic",
                "REALM",
                h.realm(),
                true,
                CodeBlock.of("$T.basic()", x));
        case BEARER ->
            new Shape("BearerToken", "bearer", null, null, false, CodeBlock.of("$T.bearer()", x));
        case DIGEST ->
            new Shape(
                "DigestCredentials", "digest", null, null, false, CodeBlock.of("$T.digest()", x));
        case GENERIC ->
            new Shape(
                "AuthorizationCredentials",
                "http",
                "SCHEME",
                h.scheme(),
                true,
                CodeBlock.of("$T.httpScheme(SCHEME)", x));
      };
    }
    if (scheme instanceof OpenIdConnectScheme o) {
      // The discovery URL, for configuring the JWT verifier: JwtVerifier...openIdConnect(URI).
      return new Shape(
          "BearerToken",
          "openIdConnect",
          "OPEN_ID_CONNECT_URL",
          o.openIdConnectUrl().url(),
          false,
          CodeBlock.of("$T.oauth2()", x));
    }
    return new Shape("BearerToken", "oauth2", null, null, false, CodeBlock.of("$T.oauth2()", x));
  }

  static String escapeJavadoc(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;");
  }
}
