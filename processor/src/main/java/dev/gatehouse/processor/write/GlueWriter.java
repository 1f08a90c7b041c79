package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.StepUpDecl;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the security-glue class of one endpoint interface: each operation's requirement (OR of AND
 * sets, optional, public) exactly as {@code openapi.json} documents it, as one row of a table of
 * string literals that the runtime's {@code OperationTable} reads when the class initialises. javac
 * compiles such a table far faster than a constant and a factory call per operation (issue 19), and
 * a row reads like the document's {@code security} array.
 */
public final class GlueWriter {

  /** The Java file for {@code endpoint}, whose element is {@code type}. */
  public JavaFile write(
      EndpointInterface endpoint,
      TypeElement type,
      String binaryName,
      String title,
      boolean problemRefusals) {
    ClassName name = GeneratedNames.glue(type);
    TypeName operations =
        ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.OPERATION_SECURITY);
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The security of every operation of {@link $T}, as its OpenAPI document states it.\n",
                ClassName.get(type))
            .addAnnotation(RuntimeTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeTypes.GENERATED_ENDPOINT)
            .addOriginatingElement(type)
            .addField(
                FieldSpec.builder(
                        String[][].class,
                        "TABLE",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc(
                        "One row per operation: Java method, HTTP method, path, then the requirement"
                            + " objects\n(see {@link $T}): {@code \"A\", \"&\", \"B scope\"} needs"
                            + " both, {@code \"|\"} separates\nalternatives, a last {@code \"{}\"}"
                            + " lets anonymous callers in, none is public.\n",
                        RuntimeTypes.OPERATION_TABLE)
                    .initializer(table(endpoint))
                    .build())
            .addField(
                FieldSpec.builder(
                        operations, "OPERATIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.read(TABLE)", RuntimeTypes.OPERATION_TABLE)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("For the runtime's service loader.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                getter(
                    "endpointInterface",
                    ClassName.get(String.class),
                    CodeBlock.of("$S", binaryName)))
            .addMethod(getter("operations", operations, CodeBlock.of("OPERATIONS")))
            .addMethod(
                getter("documentTitle", ClassName.get(String.class), CodeBlock.of("$S", title)));
    if (problemRefusals) {
      // Only when not the default, so that the glue of a default build stays as it was.
      builder.addMethod(
          getter("refusals", ClassName.get(String.class), CodeBlock.of("$S", "problem")));
    }
    TypeSpec glue = builder.build();
    return JavaFile.builder(name.packageName(), glue)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static MethodSpec getter(String method, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(method)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }

  /** The table's initializer: one row per operation, in the endpoint's order. */
  private static CodeBlock table(EndpointInterface endpoint) {
    CodeBlock.Builder code = CodeBlock.builder().add("{\n$>");
    for (Operation op : endpoint.operations()) {
      code.add("{$S, $S, $S", op.signature(), op.httpMethod(), op.path());
      SecurityPolicy policy = op.security();
      if (policy.mode() == SecurityPolicy.Mode.REQUIRED) {
        String or = "";
        for (RequirementAlternative alternative : policy.alternatives()) {
          code.add(or);
          or = ", \"|\"";
          String and = "";
          for (SchemeUse use : alternative.schemes()) {
            List<String> words = new ArrayList<>();
            words.add(use.schemeName());
            words.addAll(use.scopes());
            code.add(and).add(", $S", String.join(" ", words));
            and = ", \"&\"";
          }
        }
        if (policy.optional()) {
          code.add(", \"|\", \"{}\"");
        }
        StepUpDecl stepUp = policy.stepUp();
        if (stepUp != null && !stepUp.acrValues().isEmpty()) {
          code.add(", $S", "!acr_values " + String.join(" ", stepUp.acr()));
        }
        if (stepUp != null && stepUp.hasMaxAge()) {
          code.add(", $S", "!max_age " + stepUp.maxAge());
        }
      }
      code.add("},\n");
    }
    return code.add("$<}").build();
  }
}
