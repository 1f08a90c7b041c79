package dev.gatehouse.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.jdbc.JdbcApiKeys;
import dev.gatehouse.jdbc.TestPostgres;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The example service in its PostgreSQL mode ({@code GATEHOUSE_STORE=postgres}) against a real
 * PostgreSQL that the test starts (gatehouse-jdbc's TestPostgres): the banner's key, the token
 * endpoint, Basic admin, revocation through another store instance within the cache bound, a
 * restart on the same database, and the one-line start-up errors of a wrong configuration.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresModeTest {
  private static final Pattern BANNER_KEY = Pattern.compile("^X-API-Key: (gk_\\S+)$");

  /** JdbcApiKeys' default cache TTL, the staleness bound of a revocation made elsewhere. */
  private static final Duration CACHE_BOUND = Duration.ofSeconds(5);

  private static TestPostgres pg;
  private static Map<String, String> env;
  private static String bannerKey;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startPostgres() {
    Secrets.register("hunter2");
    pg = TestPostgres.start();
    env =
        Map.of(
            ExampleStores.STORE_ENV, "postgres",
            ExampleStores.URL_ENV, pg.jdbcUrl(),
            ExampleStores.USER_ENV, "postgres");
  }

  @AfterAll
  static void stopPostgres() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  @Order(1)
  void firstStartIssuesTheBannerKeyAndServesKeysUsersAndAdmin() throws Exception {
    ExampleStores stores = stores();
    try (ExampleService service = startService(stores)) {
      assertThat(stores.toString()).contains("PostgreSQL at " + pg.jdbcUrl());
      Matcher m = BANNER_KEY.matcher(stores.apiKeyBanner());
      assertThat(m.matches()).as(stores.apiKeyBanner()).isTrue();
      bannerKey = m.group(1);
      Secrets.register(bannerKey);

      assertThat(get(service, "/items", "X-API-Key", bannerKey).statusCode()).isEqualTo(200);
      assertThat(get(service, "/items", "X-API-Key", wrong(bannerKey)).statusCode()).isEqualTo(401);
      assertThat(get(service, "/items", "X-API-Key", ExampleService.API_KEY).statusCode())
          .as("the in-memory mode's fixed key is not a key here")
          .isEqualTo(401);
      assertThat(get(service, "/items").statusCode()).isEqualTo(401);

      String token = token(service, DemoUsers.JOHNDOE, DemoUsers.JOHNDOE_PASSWORD);
      HttpResponse<String> me = get(service, "/users/me", "Authorization", "Bearer " + token);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(new ObjectMapper().readTree(me.body()).get("username").asText())
          .isEqualTo(DemoUsers.JOHNDOE);
      assertThat(tokenStatus(service, DemoUsers.ALICE, DemoUsers.ALICE_PASSWORD))
          .as("alice is disabled")
          .isEqualTo(400);
      assertThat(tokenStatus(service, ExampleService.ADMIN, ExampleService.ADMIN_PASSWORD))
          .as("the administrator gets no token, as in memory")
          .isEqualTo(400);

      assertThat(basic(service, ExampleService.ADMIN, ExampleService.ADMIN_PASSWORD).statusCode())
          .isEqualTo(200);
      assertThat(basic(service, ExampleService.ADMIN, "wrong").statusCode()).isEqualTo(401);
      assertThat(basic(service, DemoUsers.JOHNDOE, DemoUsers.JOHNDOE_PASSWORD).statusCode())
          .as("a tutorial user is no administrator, as in memory")
          .isEqualTo(401);
    }
  }

  @Test
  @Order(2)
  void aRestartOnTheSameDatabaseKeepsTheIssuedKeyAndTheUsers() throws Exception {
    assertThat(bannerKey).isNotNull();
    ExampleStores stores = stores();
    try (ExampleService service = startService(stores)) {
      String banner = stores.apiKeyBanner();
      assertThat(banner).doesNotContain("gk_").contains("key id");
      assertThat(get(service, "/items", "X-API-Key", bannerKey).statusCode()).isEqualTo(200);
      assertThat(token(service, DemoUsers.JOHNDOE, DemoUsers.JOHNDOE_PASSWORD)).isNotEmpty();
      assertThat(basic(service, ExampleService.ADMIN, ExampleService.ADMIN_PASSWORD).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  @Order(3)
  void aKeyRevokedThroughAnotherStoreIsRefusedWithinTheCacheBound() throws Exception {
    assertThat(bannerKey).isNotNull();
    try (ExampleService service = startService(stores())) {
      assertThat(get(service, "/items", "X-API-Key", bannerKey).statusCode()).isEqualTo(200);
      try (JdbcApiKeys otherReplica = JdbcApiKeys.builder(pg.dataSource()).build()) {
        String keyId = otherReplica.format().keyId(bannerKey).orElseThrow();
        assertThat(otherReplica.admin().revoke(keyId)).isTrue();
      }
      long revoked = System.nanoTime();
      int status;
      do {
        status = get(service, "/items", "X-API-Key", bannerKey).statusCode();
        if (status != 401) {
          Thread.sleep(100);
        }
      } while (status != 401 && System.nanoTime() - revoked < CACHE_BOUND.plusSeconds(2).toNanos());
      Duration took = Duration.ofNanos(System.nanoTime() - revoked);
      assertThat(status).as("refused %s after the revocation", took).isEqualTo(401);
      assertThat(took).isLessThanOrEqualTo(CACHE_BOUND.plusSeconds(1));
    }
    // The next start finds no active key for the demo client and issues a fresh one.
    ExampleStores stores = stores();
    try (ExampleService service = startService(stores)) {
      Matcher m = BANNER_KEY.matcher(stores.apiKeyBanner());
      assertThat(m.matches()).isTrue();
      Secrets.register(m.group(1));
      assertThat(m.group(1)).isNotEqualTo(bannerKey);
      assertThat(get(service, "/items", "X-API-Key", m.group(1)).statusCode()).isEqualTo(200);
      assertThat(get(service, "/items", "X-API-Key", bannerKey).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theSwitchDefaultsToMemoryAndRefusesWhatItCannotUseInOneLine() {
    assertThat(ExampleStores.fromEnvironment(Map.of()).toString()).contains("in memory");
    assertThat(
            ExampleStores.fromEnvironment(Map.of(ExampleStores.STORE_ENV, "memory")).apiKeyBanner())
        .isEqualTo("X-API-Key: " + ExampleService.API_KEY);

    assertStartupError(
        Map.of(ExampleStores.STORE_ENV, "postgresql"),
        "GATEHOUSE_STORE must be 'memory' (the default) or 'postgres', not 'postgresql'");
    assertStartupError(
        Map.of(ExampleStores.STORE_ENV, ""),
        "GATEHOUSE_STORE must be 'memory' (the default) or 'postgres', not ''");
    assertStartupError(
        Map.of(ExampleStores.STORE_ENV, "postgres"),
        "GATEHOUSE_STORE=postgres needs GATEHOUSE_JDBC_URL");
    assertStartupError(
        Map.of(ExampleStores.STORE_ENV, "postgres", ExampleStores.URL_ENV, "postgres://db/app"),
        "GATEHOUSE_JDBC_URL must be a PostgreSQL JDBC URL");
    assertStartupError(
        Map.of(
            ExampleStores.STORE_ENV,
            "postgres",
            ExampleStores.URL_ENV,
            "jdbc:postgresql://127.0.0.1:1/app?sslmode=disable"),
        "cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/app?...: Connection to 127.0.0.1:1 refused");
    assertStartupError(
        Map.of(
            ExampleStores.STORE_ENV,
            "postgres",
            ExampleStores.URL_ENV,
            pg.jdbcUrl(),
            ExampleStores.USER_ENV,
            "postgres",
            ExampleStores.PEPPER_ENV,
            "short"),
        "GATEHOUSE_API_KEY_PEPPER must have at least 32 bytes");
  }

  @Test
  void mainPrintsOneLineAndExitsWithStatusOneOnABadSwitchOrAnUnreachableDatabase()
      throws Exception {
    assertThat(runMain(Map.of(ExampleStores.STORE_ENV, "mongo")))
        .containsExactly(
            "Gatehouse example service did not start: GATEHOUSE_STORE must be"
                + " 'memory' (the default) or 'postgres', not 'mongo'");
    List<String> unreachable =
        runMain(
            Map.of(
                ExampleStores.STORE_ENV,
                "postgres",
                ExampleStores.URL_ENV,
                "jdbc:postgresql://127.0.0.1:1/gatehouse",
                ExampleStores.PASSWORD_ENV,
                "hunter2"));
    assertThat(unreachable).hasSize(1);
    assertThat(unreachable.get(0))
        .startsWith(
            "Gatehouse example service did not start: cannot connect to PostgreSQL at"
                + " jdbc:postgresql://127.0.0.1:1/gatehouse: Connection to 127.0.0.1:1 refused")
        .doesNotContain("hunter2");
  }

  private static void assertStartupError(Map<String, String> environment, String expected) {
    assertThatThrownBy(() -> ExampleStores.fromEnvironment(environment))
        .isInstanceOf(ExampleStores.StartupException.class)
        .hasMessageStartingWith(expected)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("hunter2"))
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  /** Runs ExampleService.main in a JVM of its own; its output lines (stdout and stderr). */
  private static List<String> runMain(Map<String, String> environment) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ExampleService.class.getName(),
                "0")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().keySet().removeIf(k -> k.startsWith("GATEHOUSE_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("main did not exit: " + output);
    }
    assertThat(process.exitValue()).as(output).isEqualTo(1);
    // The JVM's own notice of JAVA_TOOL_OPTIONS, if the machine sets them, is not the service's.
    return output.lines().filter(l -> !l.isBlank() && !l.startsWith("Picked up ")).toList();
  }

  /** The stores main would make from the environment; the service closes them. */
  private static ExampleStores stores() {
    return ExampleStores.fromEnvironment(new HashMap<>(env));
  }

  private static ExampleService startService(ExampleStores stores) throws Exception {
    return ExampleService.start("127.0.0.1", 0, stores);
  }

  /** The key with its last secret character changed (its checksum then fails too). */
  private static String wrong(String key) {
    char last = key.charAt(key.length() - 1);
    return key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  private static HttpResponse<String> get(ExampleService service, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(service.uri().resolve(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> basic(ExampleService service, String user, String password)
      throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return get(service, "/admin", "Authorization", "Basic " + credentials);
  }

  private static HttpResponse<String> postToken(
      ExampleService service, String user, String password) throws Exception {
    String form =
        "grant_type=password&username="
            + user
            + "&password="
            + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&scope=me+items";
    HttpRequest request =
        HttpRequest.newBuilder(service.uri().resolve("/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static int tokenStatus(ExampleService service, String user, String password)
      throws Exception {
    return postToken(service, user, password).statusCode();
  }

  private static String token(ExampleService service, String user, String password)
      throws Exception {
    HttpResponse<String> response = postToken(service, user, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(response.body());
    return body.get("access_token").asText();
  }
}
