package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityPolicy;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the security-glue class of one endpoint interface: each operation's requirement (OR of
 * AND sets, optional, public) exactly as {@code openapi.json} documents it, as constants the
 * runtime and framework adapters look up by Java method.
 */
public final class GlueWriter {

  /** The Java file for {@code endpoint}, whose element is {@code type}. */
  public JavaFile write(EndpointInterface endpoint, TypeElement type, String binaryName, String title) {
    ClassName name = GeneratedNames.glue(type);
    ClassName list = ClassName.get(List.class);
    TypeSpec.Builder glue =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The security of every operation of {@link $T}, as its OpenAPI document states it.\n",
                ClassName.get(type))
            .addAnnotation(RuntimeTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeTypes.GENERATED_ENDPOINT)
            .addOriginatingElement(type);
    NameAllocator names = new NameAllocator();
    names.newName("OPERATIONS", "OPERATIONS");
    List<String> constants = new ArrayList<>();
    for (Operation op : endpoint.operations()) {
      String constant = names.newName(GeneratedNames.constant(op.javaMethod()), op);
      constants.add(constant);
      glue.addField(
          FieldSpec.builder(
                  RuntimeTypes.OPERATION_SECURITY,
                  constant,
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("{@code $L $L}: {@code $L}.\n", op.httpMethod(), op.path(), op.signature())
              .initializer(operation(op))
              .build());
    }
    glue.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(list, RuntimeTypes.OPERATION_SECURITY),
                "OPERATIONS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$T.of($L)", list, String.join(", ", constants))
            .build());
    glue.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("For the runtime's service loader.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    glue.addMethod(getter("endpointInterface", ClassName.get(String.class), CodeBlock.of("$S", binaryName)));
    glue.addMethod(
        getter(
            "operations",
            ParameterizedTypeName.get(list, RuntimeTypes.OPERATION_SECURITY),
            CodeBlock.of("OPERATIONS")));
    glue.addMethod(getter("documentTitle", ClassName.get(String.class), CodeBlock.of("$S", title)));
    return JavaFile.builder(name.packageName(), glue.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static MethodSpec getter(String method, com.palantir.javapoet.TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(method)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }

  /**
   * {@code OperationSecurity.open}, {@code .required} or {@code .optional} with the Java method,
   * HTTP method, path and one {@code List.of(...)} per requirement object, one argument per line.
   */
  private static CodeBlock operation(Operation op) {
    SecurityPolicy policy = op.security();
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("$S", op.signature()));
    arguments.add(CodeBlock.of("$S", op.httpMethod()));
    arguments.add(CodeBlock.of("$S", op.path()));
    String factory = "open";
    if (policy.mode() == SecurityPolicy.Mode.REQUIRED) {
      factory = policy.optional() ? "optional" : "required";
      for (RequirementAlternative alternative : policy.alternatives()) {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        boolean first = true;
        for (SchemeUse use : alternative.schemes()) {
          list.add(first ? "" : ", ");
          first = false;
          list.add("$T.of($S", RuntimeTypes.SCHEME_REQUIREMENT, use.schemeName());
          for (String scope : use.scopes()) {
            list.add(", $S", scope);
          }
          list.add(")");
        }
        arguments.add(list.add(")").build());
      }
    }
    return Calls.call(CodeBlock.of("$T.$L", RuntimeTypes.OPERATION_SECURITY, factory), arguments);
  }
}
