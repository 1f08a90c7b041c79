package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Checks that enforcement agrees with a generated {@code openapi.json}: for every operation and
 * every security alternative it lists, a request satisfying exactly that alternative passes, and
 * the variants lacking one credential or one scope get what the document implies, judged from the
 * document alone (OpenAPI semantics and security rules 1.1.1), not by the runtime's code.
 */
public final class DocumentConformance {
  private final Http http;
  private final JsonNode document;
  private final Credentials credentials;

  /**
   * The valid credentials of the application under test.
   *
   * @param apiKey the key every apiKey scheme accepts
   * @param basic the {@code Authorization} value of a valid Basic user
   * @param basicScopes the scopes (roles) that user is granted
   * @param bearer the {@code Authorization} value of a valid token granting the given scopes
   * @param digest the {@code Authorization} value answering Digest for a request-target
   * @param otherScheme the {@code Authorization} value the {@code @HttpScheme} verifier accepts
   */
  public record Credentials(
      String apiKey,
      String basic,
      Set<String> basicScopes,
      java.util.function.Function<Set<String>, String> bearer,
      java.util.function.Function<String, String> digest,
      String otherScheme) {}

  public DocumentConformance(Http http, JsonNode document, Credentials credentials) {
    this.http = http;
    this.document = document;
    this.credentials = credentials;
  }

  /** The {@code META-INF/openapi.json} the processor generated for this module. */
  public static JsonNode generatedDocument() throws java.io.IOException {
    try (java.io.InputStream in =
        DocumentConformance.class.getClassLoader().getResourceAsStream("META-INF/openapi.json")) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    }
  }

  /**
   * The operations ({@code "GET /path"}) with an alternative naming a scheme that takes only
   * sender-constrained tokens ({@code x-gatehouse-token-binding}). No credential of {@link
   * Credentials} satisfies them: each request needs a fresh DPoP proof or a TLS client certificate.
   * Callers leave them out of {@link #check}; the Keycloak test in integration-tests runs them.
   */
  public static Set<String> senderConstrainedOperations(JsonNode document) {
    Set<String> bound = new java.util.TreeSet<>();
    JsonNode schemes = document.path("components").path("securitySchemes");
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          for (JsonNode alternative : op.getValue().path("security")) {
                            alternative
                                .fieldNames()
                                .forEachRemaining(
                                    name -> {
                                      if (schemes.path(name).has("x-gatehouse-token-binding")) {
                                        bound.add(
                                            op.getKey().toUpperCase(java.util.Locale.ROOT)
                                                + " "
                                                + path.getKey());
                                      }
                                    });
                          }
                        }));
    return bound;
  }

  /** One credential a request presents: the scheme it is meant for and the scopes it grants. */
  private record Presented(String scheme, Set<String> scopes) {}

  /**
   * Sends the requests for every operation {@code include} accepts (HTTP method in upper case, path
   * template) and asserts each status; returns how many requests were checked.
   */
  public int check(BiPredicate<String, String> include) {
    int checked = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().properties().iterator();
      while (operations.hasNext()) {
        Map.Entry<String, JsonNode> op = operations.next();
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!include.test(method, path.getKey())) {
          continue;
        }
        String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        JsonNode security = op.getValue().path("security");
        for (List<Presented> request : requestsFor(security)) {
          int expected = expectedStatus(security, request);
          if (expected == 200 && op.getValue().has("x-gatehouse-step-up")) {
            // The sample credentials say nothing of how the user authenticated (no acr or
            // auth_time), so they fall short of the operation's step-up requirement (RFC 9470).
            expected = 401;
          }
          int actual = http.send(build(method, op.getValue(), url, request)).statusCode();
          assertThat(actual)
              .as("%s %s presenting %s", method, path.getKey(), request)
              .isEqualTo(expected);
          checked++;
        }
      }
    }
    return checked;
  }

  /** No credentials; each alternative exactly; each alternative minus one scheme or one scope. */
  private List<List<Presented>> requestsFor(JsonNode security) {
    List<List<Presented>> out = new ArrayList<>();
    out.add(List.of());
    for (JsonNode alternative : security) {
      List<Presented> exact = new ArrayList<>();
      alternative
          .properties()
          .forEach(e -> exact.add(new Presented(e.getKey(), scopes(e.getValue()))));
      out.add(exact);
      for (int i = 0; i < exact.size(); i++) {
        List<Presented> lacking = new ArrayList<>(exact);
        lacking.remove(i);
        out.add(lacking);
        for (String scope : exact.get(i).scopes()) {
          List<Presented> fewerScopes = new ArrayList<>(exact);
          Set<String> remaining = new LinkedHashSet<>(exact.get(i).scopes());
          remaining.remove(scope);
          fewerScopes.set(i, new Presented(exact.get(i).scheme(), remaining));
          out.add(fewerScopes);
        }
      }
    }
    return out;
  }

  /** OpenAPI semantics (security rules 1.9 and 1.1.1), from the document alone. */
  private int expectedStatus(JsonNode security, List<Presented> request) {
    if (security.isMissingNode() || security.isEmpty()) {
      return 200;
    }
    Map<String, Set<String>> presented = presentedSchemes(request);
    boolean allPresentForSome = false;
    for (JsonNode alternative : security) {
      if (alternative.isEmpty()) {
        if (presented.isEmpty()) {
          return 200;
        }
        continue;
      }
      boolean all = true;
      boolean scoped = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = alternative.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Set<String> granted = presented.get(e.getKey());
        all &= granted != null;
        scoped &= granted != null && granted.containsAll(scopes(e.getValue()));
      }
      if (all && scoped) {
        return 200;
      }
      allPresentForSome |= all;
    }
    return allPresentForSome ? 403 : 401;
  }

  /**
   * The schemes a request's credentials count for: a bearer token is presented to every bearer-type
   * scheme (they share the Authorization header), an API key to its own scheme.
   */
  private Map<String, Set<String>> presentedSchemes(List<Presented> request) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    JsonNode schemes = document.at("/components/securitySchemes");
    for (Presented p : request) {
      String transport = transport(schemes.get(p.scheme()));
      schemes
          .properties()
          .forEach(
              e -> {
                if (transport(e.getValue()).equals(transport)) {
                  out.put(e.getKey(), grantedBy(e.getKey(), p));
                }
              });
    }
    return out;
  }

  private Set<String> grantedBy(String scheme, Presented p) {
    return switch (transport(document.at("/components/securitySchemes/" + scheme))) {
      case "basic" -> credentials.basicScopes();
      case "bearer" -> p.scopes();
      default -> Set.of();
    };
  }

  private String transport(JsonNode scheme) {
    String type = scheme.get("type").asText();
    if (type.equals("apiKey")) {
      return "apiKey:" + scheme.get("in").asText() + ":" + scheme.get("name").asText();
    }
    if (type.equals("http")) {
      String word = scheme.get("scheme").asText().toLowerCase(java.util.Locale.ROOT);
      return word.equals("bearer") ? "bearer" : word;
    }
    return "bearer";
  }

  /** The request, with the operation's method and, when it takes one, a small body. */
  private HttpRequest.Builder build(
      String method, JsonNode operation, String url, List<Presented> request) {
    List<String> headers = new ArrayList<>();
    java.util.Iterator<String> mediaTypes =
        operation.path("requestBody").path("content").fieldNames();
    String body = null;
    if (mediaTypes.hasNext()) {
      String mediaType = mediaTypes.next();
      headers.add("Content-Type");
      headers.add(mediaType);
      body = mediaType.equals("application/x-www-form-urlencoded") ? "note=conformance" : "";
    }
    String query = "";
    JsonNode schemes = document.at("/components/securitySchemes");
    for (Presented p : request) {
      JsonNode scheme = schemes.get(p.scheme());
      String transport = transport(scheme);
      switch (transport) {
        case "basic" -> {
          headers.add("Authorization");
          headers.add(credentials.basic());
        }
        case "bearer" -> {
          headers.add("Authorization");
          headers.add(credentials.bearer().apply(p.scopes()));
        }
        case "digest" -> {
          headers.add("Authorization");
          headers.add(credentials.digest().apply(url));
        }
        case "hoba" -> {
          headers.add("Authorization");
          headers.add(credentials.otherScheme());
        }
        default -> {
          String name = scheme.get("name").asText();
          switch (scheme.get("in").asText()) {
            case "query" -> query = "?" + name + "=" + credentials.apiKey();
            case "cookie" -> {
              headers.add("Cookie");
              headers.add(name + "=" + credentials.apiKey());
            }
            default -> {
              headers.add(name);
              headers.add(credentials.apiKey());
            }
          }
        }
      }
    }
    HttpRequest.Builder built = http.get(url + query, headers.toArray(String[]::new));
    return method.equals("GET")
        ? built
        : built.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
  }

  private Set<String> scopes(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(s -> out.add(s.asText()));
    return out;
  }
}
