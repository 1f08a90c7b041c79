package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.Constraints;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.Property;
import dev.gatehouse.processor.model.RequestBody;
import dev.gatehouse.processor.model.SuccessResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The request body and success response of one operation: the entity parameter's schema or the
 * {@code @FormParam}s as one form object, and the return type's schema with asynchronous and
 * optional wrappers removed.
 */
final class OperationContent {
  static final String TOKEN_FORM = "dev.gatehouse.runtime.token.TokenRequestForm";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final List<String> RAW_BODIES =
      List.of("java.io.InputStream", "java.io.Reader", "java.io.File", "java.nio.file.Path");
  private static final List<String> UNWRAPPED =
      List.of("java.util.concurrent.CompletionStage", "java.util.Optional");
  private static final List<String> RESPONSES =
      List.of("jakarta.ws.rs.core.Response", "javax.ws.rs.core.Response");

  private final SchemaReader schemas;
  private final AnnotationReader reader;
  private final BeanProperties beans;

  OperationContent(SchemaReader schemas, AnnotationReader reader, BeanProperties beans) {
    this.schemas = schemas;
    this.reader = reader;
    this.beans = beans;
  }

  /** The body of an entity parameter. */
  RequestBody entity(TypeMirror type, String description) {
    if (isTokenForm(type)) {
      return new RequestBody(tokenForm(), FORM, description, true);
    }
    boolean raw =
        type.getKind() == TypeKind.ARRAY
                && ((javax.lang.model.type.ArrayType) type).getComponentType().getKind()
                    == TypeKind.BYTE
            || RAW_BODIES.stream().anyMatch(n -> named(type, n));
    return raw
        ? new RequestBody(
            DataSchema.Scalar.of("string", "binary"), "application/octet-stream", description)
        : new RequestBody(schemas.of(type), "application/json", description);
  }

  /**
   * The form of an operation's {@code @FormParam}s, each required when primitive or not-null; their
   * schemas are those of parameters, as JAX-RS converts form values from strings.
   */
  RequestBody form(List<VariableElement> fields, JavaDocs.Doc doc) {
    List<Property> properties = new ArrayList<>();
    for (VariableElement field : fields) {
      Ann form = reader.findAny(field, Names.FORM_PARAM).orElseThrow();
      Optional<Property> p =
          beans.property(
              form.string("value"),
              field.asType(),
              List.of(field),
              true,
              doc.param(field.getSimpleName().toString()));
      String defaultValue =
          reader.findAny(field, Names.DEFAULT_VALUE).map(a -> a.string("value")).orElse(null);
      p.ifPresent(
          q ->
              properties.add(
                  new Property(
                      q.name(),
                      TypeSchemas.data(TypeSchemas.of(field.asType())),
                      q.required() && defaultValue == null,
                      false,
                      q.constraints(),
                      q.description(),
                      defaultValue)));
    }
    return new RequestBody(new DataSchema.ObjectOf(properties), FORM, "");
  }

  /** Whether an entity parameter of this type is the runtime's token form. */
  static boolean isTokenForm(TypeMirror type) {
    return named(type, TOKEN_FORM);
  }

  /**
   * The success response for the return type. With {@code tokenForm} (the entity is the runtime's
   * {@code TokenRequestForm}), a return type that documents nothing ({@code Response}, {@code
   * Object}, unwrapped) stands for RFC 6749's token response; a typed one is kept as the user's.
   */
  SuccessResponse response(TypeMirror returnType, String description, boolean tokenForm) {
    TypeMirror type = returnType;
    while (type.getKind() == TypeKind.DECLARED
        && isAny(type, UNWRAPPED)
        && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      type = ((DeclaredType) type).getTypeArguments().get(0);
    }
    if (type.getKind() == TypeKind.VOID || named(type, "java.lang.Void")) {
      return new SuccessResponse(204, null, description);
    }
    TypeMirror found = type;
    boolean untyped = RESPONSES.stream().anyMatch(n -> named(found, n));
    DataSchema schema = untyped ? null : schemas.of(type);
    if (tokenForm && (untyped || schema instanceof DataSchema.Any)) {
      return new SuccessResponse(200, null, description, true);
    }
    return new SuccessResponse(200, schema, description);
  }

  private boolean isAny(TypeMirror type, List<String> names) {
    return names.stream().anyMatch(n -> schemas.isA(type, n));
  }

  /**
   * FastAPI's {@code OAuth2PasswordRequestFormStrict} body, which the runtime's token form parses:
   * {@code grant_type} is required, as the token endpoint requires it by default (issue 13).
   */
  private static DataSchema tokenForm() {
    DataSchema string = DataSchema.Scalar.of("string", "");
    DataSchema secret = DataSchema.Scalar.of("string", "password");
    Constraints none = Constraints.NONE;
    return new DataSchema.ObjectOf(
        List.of(
            new Property(
                "grant_type", string, true, false, none.withPattern("^password$"), "", null),
            new Property("username", string, true, false, none, "", null),
            new Property("password", secret, true, false, none, "", null),
            new Property("scope", string, false, false, none, "", ""),
            new Property("client_id", string, false, true, none, "", null),
            new Property("client_secret", secret, false, true, none, "", null)));
  }

  private static boolean named(TypeMirror type, String qualifiedName) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    return ((TypeElement) element).getQualifiedName().contentEquals(qualifiedName);
  }
}
