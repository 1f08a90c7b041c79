package dev.gatehouse.it.generated;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request to an operation must get, computed from the served {@code openapi.json} alone (its
 * {@code security}, {@code securitySchemes}, {@code info.title} and the rules of
 * docs/enforcement.md) and from which credentials the verifiers accept with which scopes. It knows
 * nothing of the generated glue or the runtime.
 */
final class DocumentOracle {

  /** The credentials each scheme's verifier accepts, with the scopes (or roles) it grants. */
  static final Map<String, Map<String, Set<String>>> VALID = valid();

  private static Map<String, Map<String, Set<String>>> valid() {
    Map<String, Map<String, Set<String>>> v = new LinkedHashMap<>();
    v.put("KeyA", Map.of("key-a", Set.of("audit"), "key-ab", Set.of()));
    v.put("KeyB", Map.of("key-b", Set.of("admin"), "key-ab", Set.of("audit")));
    v.put("QueryKey", Map.of("key-q", Set.of("audit")));
    v.put("CookieKey", Map.of("key-c", Set.of()));
    v.put("HTTPBasic", Map.of("user:pass", Set.of()));
    v.put("AdminBasic", Map.of("admin:secret", Set.of("admin"), "user:pass", Set.of("audit")));
    v.put("HTTPBearer", Map.of("opaque-r", Set.of("read"), "shared", Set.of("write")));
    v.put(
        "OAuth2PasswordBearer",
        Map.of(
            "jwt-rw", Set.of("read", "write"), "jwt-a", Set.of("admin"), "shared", Set.of("read")));
    v.put("OpenIdConnect", Map.of("oidc", Set.of("read", "admin"), "shared", Set.of()));
    v.put("HTTPBase", Map.of("hoba-1", Set.of("audit")));
    return Map.copyOf(v);
  }

  /** The credentials of one request; null where none is sent. */
  record Credentials(String apiKeyHeader, String queryKey, String cookie, String authorization) {}

  /** The expected answer: status, challenges (in order), and the 403 detail. */
  record Expected(int status, List<String> challenges, String detail) {}

  private final JsonNode schemes;
  private final String realm;

  DocumentOracle(JsonNode document) {
    this.schemes = document.path("components").path("securitySchemes");
    this.realm = document.path("info").path("title").asText();
  }

  /** The expected answer for {@code operation} (a document Operation Object). */
  Expected expect(JsonNode operation, Credentials request) {
    JsonNode security = operation.get("security");
    if (security == null || security.isEmpty()) {
      return new Expected(200, List.of(), null);
    }
    List<Map<String, List<String>>> alternatives = new ArrayList<>();
    boolean optional = false;
    for (JsonNode object : security) {
      if (object.isEmpty()) {
        optional = true;
        continue;
      }
      Map<String, List<String>> alternative = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        List<String> scopes = new ArrayList<>();
        e.getValue().forEach(s -> scopes.add(s.asText()));
        alternative.put(e.getKey(), scopes);
      }
      alternatives.add(alternative);
    }
    Set<String> names = new LinkedHashSet<>();
    alternatives.forEach(a -> names.addAll(a.keySet()));

    Map<String, Set<String>> granted = new LinkedHashMap<>();
    Map<String, Boolean> rejected = new LinkedHashMap<>();
    Set<String> acceptedPlaces = new LinkedHashSet<>();
    Map<String, String> placeOf = new LinkedHashMap<>();
    for (String name : names) {
      String credential = read(name, request);
      if (credential == null) {
        continue;
      }
      placeOf.put(name, place(name));
      Set<String> scopes = VALID.get(name).get(credential);
      if (scopes != null) {
        granted.put(name, scopes);
        acceptedPlaces.add(place(name));
      } else {
        rejected.put(name, true);
      }
    }
    boolean invalid = false;
    boolean invalidBearer = false;
    for (String name : rejected.keySet()) {
      if (!acceptedPlaces.contains(placeOf.get(name))) {
        invalid = true;
        invalidBearer |= isBearer(name);
      }
    }
    if (invalid) {
      return new Expected(
          401, challenges(names, invalidBearer), "Invalid authentication credentials");
    }
    for (Map<String, List<String>> alternative : alternatives) {
      boolean ok = true;
      for (Map.Entry<String, List<String>> member : alternative.entrySet()) {
        Set<String> scopes = granted.get(member.getKey());
        ok &= scopes != null && scopes.containsAll(member.getValue());
      }
      if (ok) {
        return new Expected(200, List.of(), null);
      }
    }
    if (optional && granted.isEmpty()) {
      return new Expected(200, List.of(), null);
    }
    Set<String> missing = new TreeSet<>();
    Set<String> forbidden = new TreeSet<>();
    for (Map<String, List<String>> alternative : alternatives) {
      if (!granted.keySet().containsAll(alternative.keySet())) {
        continue;
      }
      Set<String> required = new LinkedHashSet<>();
      String reporter = null;
      for (Map.Entry<String, List<String>> member : alternative.entrySet()) {
        required.addAll(member.getValue());
        boolean lacking = false;
        for (String scope : member.getValue()) {
          if (!granted.get(member.getKey()).contains(scope)) {
            missing.add(scope);
            lacking = true;
          }
        }
        if (lacking && (reporter == null || (isBearer(member.getKey()) && !isBearer(reporter)))) {
          reporter = member.getKey();
        }
      }
      if (reporter != null) {
        forbidden.add(
            word(reporter)
                + " realm=\""
                + realm
                + "\", error=\"insufficient_scope\","
                + " scope=\""
                + String.join(" ", required)
                + "\"");
      }
    }
    if (!missing.isEmpty()) {
      return new Expected(
          403,
          List.copyOf(forbidden),
          "Not enough permissions; missing scopes: " + String.join(" ", missing));
    }
    return new Expected(401, challenges(names, false), "Not authenticated");
  }

  private List<String> challenges(Set<String> names, boolean invalidBearer) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      JsonNode s = schemes.path(name);
      String type = s.path("type").asText();
      String challenge =
          switch (type) {
            case "apiKey" -> "APIKey realm=\"" + realm + "\"";
            case "oauth2", "openIdConnect" -> bearer(invalidBearer);
            default ->
                switch (s.path("scheme").asText().toLowerCase(Locale.ROOT)) {
                  case "basic" -> "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
                  case "bearer" -> bearer(invalidBearer);
                  default -> s.path("scheme").asText() + " realm=\"" + realm + "\"";
                };
          };
      out.add(challenge);
    }
    return List.copyOf(out);
  }

  private String bearer(boolean invalid) {
    return "Bearer realm=\"" + realm + "\"" + (invalid ? ", error=\"invalid_token\"" : "");
  }

  private boolean isBearer(String name) {
    JsonNode s = schemes.path(name);
    String type = s.path("type").asText();
    return type.equals("oauth2")
        || type.equals("openIdConnect")
        || (type.equals("http") && s.path("scheme").asText().equalsIgnoreCase("bearer"));
  }

  private String word(String name) {
    JsonNode s = schemes.path(name);
    return switch (s.path("type").asText()) {
      case "apiKey" -> "APIKey";
      case "oauth2", "openIdConnect" -> "Bearer";
      default -> {
        String scheme = s.path("scheme").asText();
        yield switch (scheme.toLowerCase(Locale.ROOT)) {
          case "basic" -> "Basic";
          case "bearer" -> "Bearer";
          case "digest" -> "Digest";
          default -> scheme;
        };
      }
    };
  }

  /** Where the scheme reads its credential, from its Security Scheme Object. */
  private String place(String name) {
    JsonNode s = schemes.path(name);
    if (s.path("type").asText().equals("apiKey")) {
      String in = s.path("in").asText();
      String key = s.path("name").asText();
      return in + " " + (in.equals("header") ? key.toLowerCase(Locale.ROOT) : key);
    }
    return "authorization " + word(name).toLowerCase(Locale.ROOT);
  }

  /** The credential the scheme reads from the request, or null when it finds none. */
  private String read(String name, Credentials request) {
    JsonNode s = schemes.path(name);
    if (s.path("type").asText().equals("apiKey")) {
      String in = s.path("in").asText();
      String key = s.path("name").asText();
      return switch (in) {
        case "header" -> key.equalsIgnoreCase("X-Key") ? request.apiKeyHeader() : null;
        case "query" -> key.equals("key") ? request.queryKey() : null;
        default -> key.equals("sid") ? request.cookie() : null;
      };
    }
    String authorization = request.authorization();
    if (authorization == null) {
      return null;
    }
    String word = word(name);
    if (!authorization.regionMatches(true, 0, word + " ", 0, word.length() + 1)) {
      return null;
    }
    String value = authorization.substring(word.length() + 1);
    if (word.equals("Basic")) {
      return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }
    return value;
  }
}
