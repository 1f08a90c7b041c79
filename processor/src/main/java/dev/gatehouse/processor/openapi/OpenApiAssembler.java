package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.ComponentSchema;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.SecurityScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the OpenAPI document tree from validated endpoints and schemes. Every collection is
 * ordered here (paths and schemes by name, methods in OpenAPI order, parameters and scopes as
 * declared), so the same model always yields the same tree.
 */
public final class OpenApiAssembler {
  static final String ERROR_SCHEMA = "GatehouseError";
  static final String UNAUTHORIZED = "GatehouseUnauthorized";
  static final String FORBIDDEN = "GatehouseForbidden";

  /** RFC 6749 section 5.1, for token endpoints; reserved like {@link #ERROR_SCHEMA}. */
  static final String TOKEN_RESPONSE_SCHEMA = "GatehouseTokenResponse";

  /** RFC 6749 section 5.2, for token endpoints; reserved like {@link #ERROR_SCHEMA}. */
  static final String TOKEN_ERROR_SCHEMA = "GatehouseTokenError";

  /** The RFC 6749 section 5.2 error codes. */
  private static final List<String> TOKEN_ERROR_CODES =
      List.of(
          "invalid_request",
          "invalid_client",
          "invalid_grant",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope");

  private static final List<String> METHOD_ORDER =
      List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");
  private final DocumentSettings settings;
  private final boolean problemRefusals;
  private final SchemeObjects schemeObjects;

  public OpenApiAssembler(DocumentSettings settings) {
    this(settings, false);
  }

  /**
   * An assembler whose 401/403 responses describe RFC 9457 problem details ({@code
   * application/problem+json}) when {@code problemRefusals}, else {@code {"detail": ...}}.
   */
  public OpenApiAssembler(DocumentSettings settings, boolean problemRefusals) {
    this.problemRefusals = problemRefusals;
    this.settings = settings;
    this.schemeObjects = new SchemeObjects(settings.version());
  }

  /** The document without component schemas (endpoints whose bodies need none). */
  public JsonObject assemble(
      List<EndpointInterface> endpoints, SortedMap<String, SecurityScheme> schemes) {
    return assemble(endpoints, schemes, new TreeMap<>());
  }

  /**
   * The document; {@code components} holds every schema the operations refer to, by key, and goes
   * to {@code components.schemas} sorted by name together with Gatehouse's error schema.
   */
  public JsonObject assemble(
      List<EndpointInterface> endpoints,
      SortedMap<String, SecurityScheme> schemes,
      SortedMap<String, ComponentSchema> components) {
    // Gatehouse's own names are reserved even where unused, so a user type's name never depends
    // on which operations the document has.
    Map<String, String> names =
        ComponentNames.of(
            components, Set.of(ERROR_SCHEMA, TOKEN_RESPONSE_SCHEMA, TOKEN_ERROR_SCHEMA));
    SchemaWriter schemaWriter = new SchemaWriter(settings.version(), names);
    OperationObjects operationObjects = new OperationObjects(schemaWriter);
    JsonObject doc = new JsonObject();
    doc.put("openapi", settings.version().text());
    JsonObject info = doc.putObject("info");
    info.put("title", settings.title());
    if (!settings.description().isEmpty()) {
      info.put("description", settings.description());
    }
    info.put("version", settings.infoVersion());
    if (!settings.servers().isEmpty()) {
      JsonArray servers = doc.putArray("servers");
      settings.servers().forEach(url -> servers.addObject().put("url", url));
    }
    List<Located> operations = sorted(endpoints);
    Map<Located, String> operationIds = operationIds(operations);
    JsonObject paths = doc.putObject("paths");
    boolean secured = false;
    boolean scoped = false;
    boolean tokenEndpoint = false;
    for (Located op : operations) {
      JsonObject pathItem =
          paths.has(op.operation().path())
              ? (JsonObject) paths.get(op.operation().path())
              : paths.putObject(op.operation().path());
      pathItem.set(
          op.operation().httpMethod().toLowerCase(java.util.Locale.ROOT),
          operationObjects.of(op.endpoint().simpleName(), op.operation(), operationIds.get(op)));
      SecurityPolicy policy = op.operation().security();
      secured |= policy.mode() == SecurityPolicy.Mode.REQUIRED;
      scoped |= policy.demandsScopes();
      tokenEndpoint |= op.operation().response().tokenEndpoint();
    }
    JsonObject componentsNode = new JsonObject();
    SortedMap<String, JsonObject> schemaObjects = new TreeMap<>();
    components
        .values()
        .forEach(c -> schemaObjects.put(names.get(c.key()), schemaWriter.component(c)));
    if (secured) {
      schemaObjects.put(ERROR_SCHEMA, errorSchema());
    }
    if (tokenEndpoint) {
      schemaObjects.put(TOKEN_RESPONSE_SCHEMA, tokenResponseSchema());
      schemaObjects.put(TOKEN_ERROR_SCHEMA, tokenErrorSchema());
    }
    if (!schemaObjects.isEmpty()) {
      componentsNode.putObject("schemas").setAll(schemaObjects);
    }
    if (secured) {
      JsonObject responses = componentsNode.putObject("responses");
      responses.set(
          UNAUTHORIZED,
          refusal(
              "Missing or invalid credentials. The WWW-Authenticate"
                  + " header carries one challenge per acceptable scheme."));
      if (scoped) {
        responses.set(
            FORBIDDEN,
            refusal(
                "The credentials are valid but lack a required scope"
                    + " (RFC 6750 insufficient_scope)."));
      }
    }
    if (!schemes.isEmpty()) {
      JsonObject securitySchemes = componentsNode.putObject("securitySchemes");
      schemes.forEach((name, scheme) -> securitySchemes.set(name, schemeObjects.of(scheme)));
    }
    if (!componentsNode.isEmpty()) {
      doc.set("components", componentsNode);
    }
    // A tag's description is the Javadoc of the first interface (by qualified name) that has one.
    SortedMap<String, String> tags = new TreeMap<>();
    operations.stream()
        .map(Located::endpoint)
        .sorted(Comparator.comparing(EndpointInterface::qualifiedName))
        .forEach(e -> tags.merge(e.simpleName(), e.description(), (a, b) -> a.isEmpty() ? b : a));
    if (!tags.isEmpty()) {
      JsonArray tagList = doc.putArray("tags");
      tags.forEach(
          (tag, description) -> {
            JsonObject t = tagList.addObject().put("name", tag);
            if (!description.isEmpty()) {
              t.put("description", description);
            }
          });
    }
    return doc;
  }

  private JsonObject errorSchema() {
    JsonObject schema = new JsonObject();
    schema.put("type", "object");
    if (problemRefusals) {
      // What the runtime's RefusalRenderer.problemDetails() writes (RFC 9457 section 3).
      schema.put("description", "An RFC 9457 problem details object.");
      JsonObject properties = schema.putObject("properties");
      properties.set("type", new JsonObject().put("type", "string").put("format", "uri-reference"));
      properties.set("title", property("string", "The status code's reason phrase."));
      properties.set("status", property("integer", "The HTTP status code."));
      properties.set("detail", property("string", "What was wrong, and where."));
      JsonObject reason = property("string", "Why the request was refused, as a stable code.");
      List.of(
              "not_authenticated",
              "invalid_credentials",
              "invalid_request",
              "insufficient_scope",
              "insufficient_user_authentication",
              "throttled",
              "unavailable",
              "not_found")
          .forEach(reason.putArray("enum")::add);
      properties.set("reason", reason);
      schema.putArray("required").add("type").add("title").add("status").add("detail");
      return schema;
    }
    schema.putObject("properties").putObject("detail").put("type", "string");
    schema.putArray("required").add("detail");
    return schema;
  }

  /** What the runtime's {@code TokenResponse} writes on success, and RFC 6749's other fields. */
  private JsonObject tokenResponseSchema() {
    JsonObject schema = new JsonObject();
    schema.put("type", "object");
    schema.put("description", "A successful access token response (RFC 6749 section 5.1).");
    JsonObject properties = schema.putObject("properties");
    properties.set("access_token", property("string", "The access token."));
    properties.set(
        "token_type", property("string", "The token type, Bearer (compared case-insensitively)."));
    properties.set(
        "expires_in", property("integer", "The lifetime of the access token in seconds."));
    properties.set("refresh_token", property("string", "A refresh token, if one is issued."));
    properties.set("scope", property("string", "The granted scopes, space-separated."));
    schema.putArray("required").add("access_token").add("token_type");
    return schema;
  }

  private JsonObject tokenErrorSchema() {
    JsonObject schema = new JsonObject();
    schema.put("type", "object");
    schema.put("description", "An error response of the token endpoint (RFC 6749 section 5.2).");
    JsonObject properties = schema.putObject("properties");
    JsonObject error = property("string", "The error code.");
    TOKEN_ERROR_CODES.forEach(error.putArray("enum")::add);
    properties.set("error", error);
    properties.set("error_description", property("string", "Human-readable text about the error."));
    properties.set(
        "error_uri",
        new JsonObject()
            .put("type", "string")
            .put("format", "uri")
            .put("description", "A web page about the error."));
    schema.putArray("required").add("error");
    return schema;
  }

  private JsonObject property(String type, String description) {
    return new JsonObject().put("type", type).put("description", description);
  }

  private JsonObject refusal(String description) {
    JsonObject response = new JsonObject();
    response.put("description", description);
    JsonObject header = response.putObject("headers").putObject("WWW-Authenticate");
    header.put("description", "The authentication challenges (RFC 9110 section 11.6.1).");
    header.putObject("schema").put("type", "string");
    response
        .putObject("content")
        .putObject(problemRefusals ? "application/problem+json" : "application/json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/" + ERROR_SCHEMA);
    return response;
  }

  /** All operations, ordered by path, then HTTP method, then endpoint and Java method. */
  private static List<Located> sorted(List<EndpointInterface> endpoints) {
    List<Located> out = new ArrayList<>();
    for (EndpointInterface e : endpoints) {
      for (Operation o : e.operations()) {
        out.add(new Located(e, o));
      }
    }
    out.sort(
        Comparator.comparing((Located l) -> l.operation().path())
            .thenComparing(l -> methodRank(l.operation().httpMethod()))
            .thenComparing(l -> l.endpoint().qualifiedName())
            .thenComparing(l -> l.operation().javaMethod()));
    return out;
  }

  private static String methodRank(String method) {
    int rank = METHOD_ORDER.indexOf(method);
    return (rank < 0 ? "9" + method : String.valueOf(rank));
  }

  /**
   * The Java method name where it is unique in the document, else prefixed with the interface's
   * simple name, else suffixed with a counter in document order.
   */
  private static Map<Located, String> operationIds(List<Located> operations) {
    Map<String, Integer> byMethod = new HashMap<>();
    Map<String, Integer> byQualified = new HashMap<>();
    for (Located op : operations) {
      byMethod.merge(op.operation().javaMethod(), 1, Integer::sum);
      byQualified.merge(qualified(op), 1, Integer::sum);
    }
    // By identity: a record's hash would walk its whole endpoint, once per operation.
    Map<Located, String> out = new java.util.IdentityHashMap<>();
    Map<String, Integer> seen = new TreeMap<>();
    for (Located op : operations) {
      String id = op.operation().javaMethod();
      if (byMethod.get(id) > 1) {
        id = qualified(op);
        if (byQualified.get(id) > 1) {
          id = id + "_" + seen.merge(id, 1, Integer::sum);
        }
      }
      out.put(op, id);
    }
    return out;
  }

  private static String qualified(Located op) {
    return op.endpoint().simpleName() + "_" + op.operation().javaMethod();
  }

  private record Located(EndpointInterface endpoint, Operation operation) {}
}
