package dev.gatehouse.processor.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.Parameter;
import dev.gatehouse.processor.model.RequestBody;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.SuccessResponse;
import java.util.List;

/**
 * Writes one Operation Object: tags, Javadoc summary and description, parameters, request body,
 * success and refusal responses, deprecation and security, in that order.
 */
final class OperationObjects {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String JSON_MEDIA_TYPE = "application/json";

  private final SchemaWriter schemas;

  OperationObjects(SchemaWriter schemas) {
    this.schemas = schemas;
  }

  ObjectNode of(String tag, Operation o, String operationId) {
    ObjectNode node = JSON.objectNode();
    node.putArray("tags").add(tag);
    if (!o.summary().isEmpty()) {
      node.put("summary", o.summary());
    }
    if (!o.description().isEmpty()) {
      node.put("description", o.description());
    }
    node.put("operationId", operationId);
    if (!o.parameters().isEmpty()) {
      ArrayNode parameters = node.putArray("parameters");
      for (Parameter p : o.parameters()) {
        ObjectNode param = parameters.addObject();
        param.put("name", p.name());
        param.put("in", p.in().openApiName());
        if (!p.description().isEmpty()) {
          param.put("description", p.description());
        }
        if (p.required()) {
          param.put("required", true);
        }
        ObjectNode schema = ParameterSchemas.of(p.schema());
        schemas.constrain(schema, p.schema().constraints());
        param.set("schema", schema);
      }
    }
    if (o.body() != null) {
      node.set("requestBody", requestBody(o.body(), o.consumes()));
    }
    ObjectNode responses = node.putObject("responses");
    SuccessResponse success = o.response();
    responses.set(String.valueOf(success.status()), success(success, o.produces()));
    SecurityPolicy policy = o.security();
    if (policy.mode() == SecurityPolicy.Mode.REQUIRED) {
      responses.putObject("401").put("$ref", "#/components/responses/" + OpenApiAssembler.UNAUTHORIZED);
      if (policy.demandsScopes()) {
        responses.putObject("403").put("$ref", "#/components/responses/" + OpenApiAssembler.FORBIDDEN);
      }
    }
    if (o.deprecated()) {
      node.put("deprecated", true);
    }
    if (policy.mode() != SecurityPolicy.Mode.UNDECLARED) {
      node.set("security", security(policy));
    }
    return node;
  }

  private ObjectNode requestBody(RequestBody body, List<String> consumes) {
    ObjectNode node = JSON.objectNode();
    if (!body.description().isEmpty()) {
      node.put("description", body.description());
    }
    ObjectNode content = node.putObject("content");
    List<String> types =
        consumes.isEmpty() || body.onlyDefaultMediaType()
            ? List.of(body.defaultMediaType())
            : consumes;
    for (String type : types) {
      ObjectNode media = content.putObject(type);
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

  private ObjectNode success(SuccessResponse response, List<String> produces) {
    ObjectNode node = JSON.objectNode();
    String fallback = response.status() == 204 ? "No Content" : "Successful Response";
    node.put("description", response.description().isEmpty() ? fallback : response.description());
    DataSchema schema = response.schema();
    if (response.status() == 204 || (schema == null && produces.isEmpty())) {
      return node;
    }
    ObjectNode content = node.putObject("content");
    for (String type : produces.isEmpty() ? List.of(JSON_MEDIA_TYPE) : produces) {
      ObjectNode media = content.putObject(type);
      if (schema != null) {
        media.set("schema", schemas.schema(schema));
      }
    }
    return node;
  }

  private static ArrayNode security(SecurityPolicy policy) {
    ArrayNode security = JSON.arrayNode();
    for (RequirementAlternative alternative : policy.alternatives()) {
      ObjectNode requirement = security.addObject();
      for (SchemeUse use : alternative.schemes()) {
        ArrayNode scopes = requirement.putArray(use.schemeName());
        use.scopes().forEach(scopes::add);
      }
    }
    if (policy.optional()) {
      security.addObject();
    }
    return security;
  }
}
