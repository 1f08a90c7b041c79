package dev.gatehouse.it.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.generated.DocumentOracle.Credentials;
import dev.gatehouse.it.generated.DocumentOracle.Expected;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise that the served document and the enforcement never disagree, checked on generated
 * interfaces: each seed's random endpoint interfaces are compiled with the real processor, served
 * on Jersey, Jetty's Servlet filter and the JDK {@code HttpServer}, and every operation of the
 * served {@code openapi.json} gets random credential combinations whose status, challenges and 403
 * detail must be exactly what {@link DocumentOracle} computes from that document alone.
 *
 * <p>Three seeds run in every build; a long run: {@code -Dgatehouse.generated.seeds=200
 * -Dgatehouse.generated.firstSeed=1000} (docs/reliability.md).
 */
class GeneratedConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int INTERFACES = Integer.getInteger("gatehouse.generated.interfaces", 6);
  private static final int REQUESTS = Integer.getInteger("gatehouse.generated.requests", 10);

  static LongStream seeds() {
    long first = Long.getLong("gatehouse.generated.firstSeed", 1);
    return LongStream.range(first, first + Integer.getInteger("gatehouse.generated.seeds", 3));
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void servedDocumentAndEnforcementAgree(long seed, @TempDir Path work) throws Exception {
    Map<String, String> sources = InterfaceGenerator.generate(seed, INTERFACES);
    try (GeneratedService service = GeneratedService.start(sources, work)) {
      JsonNode document = JSON.readTree(send("GET", service.document(), null).body());
      DocumentOracle oracle = new DocumentOracle(document);
      Random random = new Random(seed * 7919);
      List<String> mismatches = new ArrayList<>();
      int operations = 0;
      int checks = 0;
      Map<Integer, Integer> statuses = new java.util.TreeMap<>();
      for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
        for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
          String verb = method.getKey().toUpperCase(java.util.Locale.ROOT);
          JsonNode operation = method.getValue();
          operations++;
          documentStatesTheOptionalRule(operation, verb + " " + path.getKey(), mismatches);
          for (int r = 0; r < REQUESTS; r++) {
            Credentials credentials = credentials(random);
            Expected expected = oracle.expect(operation, credentials);
            statuses.merge(expected.status(), 1, Integer::sum);
            String target = path.getKey().replace("{id}", "v1");
            for (Map.Entry<String, URI> adapter : service.adapters().entrySet()) {
              checks++;
              HttpResponse<String> response =
                  send(verb, adapter.getValue().resolve(target), credentials);
              String problem = compare(expected, response);
              if (problem != null) {
                mismatches.add(
                    "seed "
                        + seed
                        + ", "
                        + adapter.getKey()
                        + ", "
                        + verb
                        + " "
                        + path.getKey()
                        + " "
                        + operation.path("security")
                        + " with "
                        + credentials
                        + ": "
                        + problem);
              }
            }
          }
        }
      }
      System.out.printf(
          "GeneratedConformanceTest seed %d: %d operations, %d checks (expected statuses %s),"
              + " %d mismatches%n",
          seed, operations, checks, statuses, mismatches.size());
      assertThat(operations).as("operations in the served document").isGreaterThan(INTERFACES);
      assertThat(mismatches).as("sources:%n%s", sources.values()).isEmpty();
    }
  }

  /** Every operation with {} in its security carries the extension that states the rule. */
  private static void documentStatesTheOptionalRule(
      JsonNode operation, String where, List<String> out) {
    boolean optional = false;
    for (JsonNode object : operation.path("security")) {
      optional |= object.isEmpty();
    }
    if (optional != operation.has("x-gatehouse-optional-security")) {
      out.add(
          where
              + ": {} is "
              + (optional ? "" : "not ")
              + "listed, but the extension is "
              + (optional ? "missing" : "present"));
    }
  }

  private static String compare(Expected expected, HttpResponse<String> response) throws Exception {
    if (response.statusCode() != expected.status()) {
      return "status "
          + response.statusCode()
          + " ("
          + response.body()
          + ", "
          + response.headers().allValues("WWW-Authenticate")
          + "), expected "
          + expected;
    }
    if (expected.status() == 200) {
      return null;
    }
    List<String> challenges = response.headers().allValues("WWW-Authenticate");
    if (!challenges.equals(expected.challenges())) {
      return "challenges " + challenges + ", expected " + expected.challenges();
    }
    String detail = JSON.readTree(response.body()).path("detail").asText();
    if (!dev.gatehouse.it.Details.hasHead(detail, expected.detail())) {
      return "detail \"" + detail + "\", expected \"" + expected.detail() + "\"";
    }
    return null;
  }

  private static final List<String> KEYS = List.of("key-a", "key-b", "key-ab", "wrong-key");
  private static final List<String> AUTHORIZATIONS =
      List.of(
          basic("user", "pass"),
          basic("admin", "secret"),
          basic("nobody", "x"),
          "Bearer opaque-r",
          "Bearer jwt-rw",
          "Bearer jwt-a",
          "Bearer shared",
          "Bearer oidc",
          "Bearer forged",
          "HOBA hoba-1",
          "HOBA forged");

  private static Credentials credentials(Random random) {
    return new Credentials(
        random.nextInt(2) == 0 ? null : KEYS.get(random.nextInt(KEYS.size())),
        random.nextInt(10) < 7 ? null : (random.nextBoolean() ? "key-q" : "wrong-q"),
        random.nextInt(10) < 7 ? null : (random.nextBoolean() ? "key-c" : "wrong-c"),
        random.nextInt(10) < 3 ? null : AUTHORIZATIONS.get(random.nextInt(AUTHORIZATIONS.size())));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(String method, URI uri, Credentials credentials)
      throws Exception {
    URI target = uri;
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    if (credentials != null) {
      if (credentials.queryKey() != null) {
        target = URI.create(uri + "?key=" + credentials.queryKey());
      }
      if (credentials.apiKeyHeader() != null) {
        request.header("X-Key", credentials.apiKeyHeader());
      }
      if (credentials.cookie() != null) {
        request.header("Cookie", "sid=" + credentials.cookie());
      }
      if (credentials.authorization() != null) {
        request.header("Authorization", credentials.authorization());
      }
    }
    return client.send(
        request.uri(target).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
