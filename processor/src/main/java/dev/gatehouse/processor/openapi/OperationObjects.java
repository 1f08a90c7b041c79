package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.Parameter;
import dev.gatehouse.processor.model.RequestBody;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.StepUpDecl;
import dev.gatehouse.processor.model.SuccessResponse;
import java.util.List;

/**
 * Writes one Operation Object: tags, Javadoc summary and description, parameters, request body,
 * success and refusal responses, deprecation and security, in that order. A token endpoint (see
 * {@link SuccessResponse#tokenEndpoint()}) gets RFC 6749's token response and its 400 and 401 error
 * responses.
 */
final class OperationObjects {
  /** The extension stating how an operation with {@code {}} in its security treats credentials. */
  static final String OPTIONAL_EXTENSION = "x-gatehouse-optional-security";

  static final String OPTIONAL_RULE =
      "Anonymous callers are let in only when they send no credential for this operation's"
          + " schemes. A credential that is sent is verified: an invalid one is refused with 401,"
          + " and a valid one lacking the required scopes with 403, even though {} is listed.";
  private static final String JSON_MEDIA_TYPE = "application/json";
  private static final String TOKEN_REFUSED =
      "The token request is refused (RFC 6749 section 5.2): invalid_request, invalid_grant (wrong"
          + " username or password), invalid_scope or unsupported_grant_type.";
  private static final String TOKEN_CLIENT_REFUSED =
      "Client authentication failed (RFC 6749 section 5.2, invalid_client).";

  private final SchemaWriter schemas;

  OperationObjects(SchemaWriter schemas) {
    this.schemas = schemas;
  }

  JsonObject of(String tag, Operation o, String operationId) {
    JsonObject node = new JsonObject();
    node.putArray("tags").add(tag);
    if (!o.summary().isEmpty()) {
      node.put("summary", o.summary());
    }
    StepUpDecl stepUp =
        o.security().mode() == SecurityPolicy.Mode.REQUIRED ? o.security().stepUp() : null;
    String description =
        stepUp == null ? o.description() : StepUpObjects.withSentence(o.description(), stepUp);
    if (!description.isEmpty()) {
      node.put("description", description);
    }
    node.put("operationId", operationId);
    if (!o.parameters().isEmpty()) {
      JsonArray parameters = node.putArray("parameters");
      for (Parameter p : o.parameters()) {
        JsonObject param = parameters.addObject();
        param.put("name", p.name());
        param.put("in", p.in().openApiName());
        if (!p.description().isEmpty()) {
          param.put("description", p.description());
        }
        if (p.required()) {
          param.put("required", true);
        }
        JsonObject schema = ParameterSchemas.of(p.schema());
        schemas.constrain(schema, p.schema().constraints());
        param.set("schema", schema);
      }
    }
    if (o.body() != null) {
      node.set("requestBody", requestBody(o.body(), o.consumes()));
    }
    JsonObject responses = node.putObject("responses");
    SuccessResponse success = o.response();
    responses.set(String.valueOf(success.status()), success(success, o.produces()));
    SecurityPolicy policy = o.security();
    if (success.tokenEndpoint()) {
      responses.set("400", tokenRefusal(TOKEN_REFUSED, false));
      if (policy.mode() != SecurityPolicy.Mode.REQUIRED) {
        // A secured token operation keeps Gatehouse's 401: the filter answers before the endpoint.
        responses.set("401", tokenRefusal(TOKEN_CLIENT_REFUSED, true));
      }
    }
    if (policy.mode() == SecurityPolicy.Mode.REQUIRED) {
      responses
          .putObject("401")
          .put("$ref", "#/components/responses/" + OpenApiAssembler.UNAUTHORIZED);
      if (policy.demandsScopes()) {
        responses
            .putObject("403")
            .put("$ref", "#/components/responses/" + OpenApiAssembler.FORBIDDEN);
      }
    }
    if (o.deprecated()) {
      node.put("deprecated", true);
    }
    if (policy.mode() != SecurityPolicy.Mode.UNDECLARED) {
      node.set("security", security(policy));
    }
    if (policy.optional()) {
      // OpenAPI read literally lets any caller in through {}; Gatehouse lets in only callers who
      // send no credential (issue 14), and says so where client authors look.
      node.put(OPTIONAL_EXTENSION, OPTIONAL_RULE);
    }
    if (stepUp != null) {
      node.set(StepUpObjects.EXTENSION, StepUpObjects.extension(stepUp));
    }
    return node;
  }

  private JsonObject requestBody(RequestBody body, List<String> consumes) {
    JsonObject node = new JsonObject();
    if (!body.description().isEmpty()) {
      node.put("description", body.description());
    }
    JsonObject content = node.putObject("content");
    List<String> types =
        consumes.isEmpty() || body.onlyDefaultMediaType()
            ? List.of(body.defaultMediaType())
            : consumes;
    for (String type : types) {
      JsonObject media = content.putObject(type);
      if (!(isRaw(body.schema()) && isForm(type))) {
        media.set("schema", schemas.schema(body.schema()));
      }
    }
    node.put("required", true);
    return node;
  }

  /** Raw bytes under a form media type: the method parses the form itself, so no schema is true. */
  private static boolean isRaw(DataSchema schema) {
    return schema instanceof DataSchema.Scalar s && s.format().equals("binary");
  }

  private static boolean isForm(String mediaType) {
    return mediaType.startsWith("application/x-www-form-urlencoded")
        || mediaType.startsWith("multipart/");
  }

  private JsonObject success(SuccessResponse response, List<String> produces) {
    JsonObject node = new JsonObject();
    String fallback = response.status() == 204 ? "No Content" : "Successful Response";
    node.put("description", response.description().isEmpty() ? fallback : response.description());
    if (response.tokenEndpoint()) {
      // RFC 6749 section 5.1: application/json whatever @Produces says, as the runtime writes it.
      node.putObject("content")
          .putObject(JSON_MEDIA_TYPE)
          .set("schema", ref(OpenApiAssembler.TOKEN_RESPONSE_SCHEMA));
      return node;
    }
    DataSchema schema = response.schema();
    if (response.status() == 204 || (schema == null && produces.isEmpty())) {
      return node;
    }
    JsonObject content = node.putObject("content");
    for (String type : produces.isEmpty() ? List.of(JSON_MEDIA_TYPE) : produces) {
      JsonObject media = content.putObject(type);
      if (schema != null) {
        media.set("schema", schemas.schema(schema));
      }
    }
    return node;
  }

  /** An RFC 6749 section 5.2 error response; {@code challenge} for {@code invalid_client}. */
  private static JsonObject tokenRefusal(String description, boolean challenge) {
    JsonObject node = new JsonObject();
    node.put("description", description);
    if (challenge) {
      JsonObject header = node.putObject("headers").putObject("WWW-Authenticate");
      header.put("description", "The client authentication challenge (RFC 6749 section 5.2).");
      header.putObject("schema").put("type", "string");
    }
    node.putObject("content")
        .putObject(JSON_MEDIA_TYPE)
        .set("schema", ref(OpenApiAssembler.TOKEN_ERROR_SCHEMA));
    return node;
  }

  private static JsonObject ref(String component) {
    return new JsonObject().put("$ref", "#/components/schemas/" + component);
  }

  private static JsonArray security(SecurityPolicy policy) {
    JsonArray security = new JsonArray();
    for (RequirementAlternative alternative : policy.alternatives()) {
      JsonObject requirement = security.addObject();
      for (SchemeUse use : alternative.schemes()) {
        JsonArray scopes = requirement.putArray(use.schemeName());
        use.scopes().forEach(scopes::add);
      }
    }
    if (policy.optional()) {
      security.addObject();
    }
    return security;
  }
}
