package dev.gatehouse.it.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Keycloak per test JVM: the distribution Maven unpacked into {@code target/keycloak}, started
 * in development mode on {@code 127.0.0.1:}{@value KeycloakSchemes#PORT} with the realms {@code
 * gatehouse} and {@code gatehouse-tenant} imported from {@code src/test/resources/keycloak}, on
 * Java 21 or newer, with fresh data on every run, its output in {@code target/keycloak.log}, and
 * stopped when the JVM exits.
 */
final class KeycloakServer {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "gatehouse-admin-password";

  /** The realms imported at start: the tests' main realm and a second tenant's. */
  private static final List<String> REALM_RESOURCES =
      List.of("gatehouse-realm.json", "gatehouse-tenant-realm.json");

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final String BASE = "http://127.0.0.1:" + KeycloakSchemes.PORT;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static KeycloakServer shared;
  private static RuntimeException startFailure;

  private final Process process;
  private final Path log;
  private final String version;
  private volatile Duration startup = Duration.ZERO;
  private int rotations;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile boolean stopped;

  private KeycloakServer(Process process, Path log, String version) {
    this.process = process;
    this.log = log;
    this.version = version;
  }

  /**
   * The running Keycloak, started on first use, and again with fresh data when a test stopped it; a
   * failed start fails every later caller too.
   */
  static synchronized KeycloakServer shared() {
    if (startFailure != null) {
      throw startFailure;
    }
    if (shared == null || shared.isStopped()) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return shared;
  }

  private static KeycloakServer start() {
    Path home = keycloakHome();
    Path java = javaHome();
    requireFreePort();
    Path log =
        Paths.get(System.getProperty("gatehouse.keycloak.log", "target/keycloak.log"))
            .toAbsolutePath();
    try {
      // Development mode keeps its H2 database under data/: a new one for every run.
      Path data = home.resolve("data");
      deleteTree(data);
      Path imports = Files.createDirectories(data.resolve("import"));
      for (String name : REALM_RESOURCES) {
        try (InputStream realm = resource("keycloak/" + name)) {
          Files.copy(realm, imports.resolve(name));
        }
      }
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + KeycloakSchemes.PORT,
                  "--hostname=" + BASE,
                  "--import-realm")
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("JAVA_HOME", java.toString());
      env.remove("JAVA_OPTS");
      env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
      // On Java 24+ JBoss Threads needs java.lang opened, which kc.sh's defaults do not do; without
      // it the first request kills Keycloak ("thread-local-reset capability").
      env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      long begin = System.nanoTime();
      Process process = builder.start();
      KeycloakServer server = new KeycloakServer(process, log, version(home));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
      server.awaitReady(begin);
      server.startup = Duration.ofNanos(System.nanoTime() - begin);
      System.out.printf(
          "Keycloak %s (Java at %s) answered on %s after %.1f s; its log is %s%n",
          server.version, java, BASE, server.startup.toMillis() / 1000.0, log);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Keycloak from " + home, e);
    }
  }

  /** The time from starting {@code kc.sh} until the realm's discovery document answered. */
  Duration startup() {
    return startup;
  }

  String version() {
    return version;
  }

  /** Stops Keycloak and its child processes, and waits until its port is closed. */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    List<ProcessHandle> tree = new ArrayList<>();
    process.toHandle().descendants().forEach(tree::add);
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : tree) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (portAnswers() && System.nanoTime() < deadline) {
      sleep(100);
    }
  }

  boolean isStopped() {
    return stopped;
  }

  /**
   * Adds an RSA signing key with a higher priority than the realm's first one, through the admin
   * REST API; Keycloak signs with it from now on and keeps publishing the old one.
   *
   * @return the new key's {@code kid}
   */
  synchronized String rotateSigningKey() {
    rotations++;
    String admin = adminToken();
    String component =
        "{\"name\":\"rsa-rotated-"
            + rotations
            + "\",\"providerId\":\"rsa-generated\","
            + "\"providerType\":\"org.keycloak.keys.KeyProvider\",\"parentId\":\"gatehouse\","
            + "\"config\":{\"priority\":[\""
            + (100 + 100 * rotations)
            + "\"],"
            + "\"enabled\":[\"true\"],\"active\":[\"true\"],\"keySize\":[\"2048\"],"
            + "\"algorithm\":[\"RS256\"]}}";
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/gatehouse/components"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(component)));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Keycloak refused the new key provider: HTTP "
              + created.statusCode()
              + " "
              + created.body());
    }
    return activeSigningKeyId();
  }

  /** The {@code kid} Keycloak currently signs RS256 tokens with. */
  String activeSigningKeyId() {
    HttpResponse<String> keys =
        send(
            HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/gatehouse/keys"))
                .header("Authorization", "Bearer " + adminToken())
                .GET());
    return json(keys).path("active").path("RS256").asText();
  }

  private String adminToken() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username="
                            + ADMIN
                            + "&password="
                            + ADMIN_PASSWORD)));
    return json(response).path("access_token").asText();
  }

  private void awaitReady(long begin) {
    URI discovery = URI.create(KeycloakSchemes.DISCOVERY_URL);
    long deadline = begin + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with status "
                + process.exitValue()
                + " while starting; the end of "
                + log
                + ":\n"
                + tail(log, 40));
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
      sleep(250);
    }
    stop();
    throw new IllegalStateException(
        "Keycloak did not serve "
            + discovery
            + " within "
            + START_TIMEOUT.toSeconds()
            + " s; the end of "
            + log
            + ":\n"
            + tail(log, 40));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Keycloak answered " + response.statusCode() + " with no JSON", e);
    }
  }

  /** The unpacked distribution; Maven's dependency plugin puts it there before the tests run. */
  private static Path keycloakHome() {
    String configured = System.getProperty("gatehouse.keycloak.home");
    if (configured == null || !Files.isRegularFile(Paths.get(configured, "bin", "kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak distribution at "
              + configured
              + " (system property"
              + " gatehouse.keycloak.home). Run the tests through Maven (mvn -pl integration-tests"
              + " verify): it unpacks org.keycloak:keycloak-quarkus-dist into target/keycloak.");
    }
    Path home = Paths.get(configured).toAbsolutePath();
    home.resolve("bin/kc.sh").toFile().setExecutable(true);
    return home;
  }

  /**
   * A JDK that runs Keycloak 26 (Java 21 or newer): {@code KEYCLOAK_JAVA_HOME}, else this JVM if
   * new enough, else the newest under {@code /usr/lib/jvm}.
   */
  static Path javaHome() {
    String explicit = System.getenv("KEYCLOAK_JAVA_HOME");
    if (explicit != null && !explicit.isEmpty()) {
      Path home = Paths.get(explicit);
      if (featureVersion(home).orElse(0) < 21) {
        throw new IllegalStateException(
            "KEYCLOAK_JAVA_HOME=" + explicit + " is not a Java 21+ installation");
      }
      return home;
    }
    if (Runtime.version().feature() >= 21) {
      return Paths.get(System.getProperty("java.home"));
    }
    Path jvms = Paths.get("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> candidates = Files.list(jvms)) {
        Optional<Path> best =
            candidates
                .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                .filter(p -> featureVersion(p).orElse(0) >= 21)
                .max(
                    Comparator.comparingInt((Path p) -> featureVersion(p).orElse(0))
                        .thenComparing(Path::toString));
        if (best.isPresent()) {
          return best.get();
        }
      } catch (IOException e) {
        // fall through to the message below
      }
    }
    throw new IllegalStateException(
        "Keycloak 26 needs Java 21 or newer, and none was found: this JVM is "
            + Runtime.version()
            + " and /usr/lib/jvm holds no JDK 21+. Install one (CI uses"
            + " /usr/lib/jvm/temurin-25-jdk-amd64) or set KEYCLOAK_JAVA_HOME.");
  }

  /** The major version from a JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"}). */
  private static Optional<Integer> featureVersion(Path javaHome) {
    Path release = javaHome.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      p.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("\"?(\\d+)").matcher(p.getProperty("JAVA_VERSION", ""));
    return m.lookingAt() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static void requireFreePort() {
    try (ServerSocket probe =
        new ServerSocket(KeycloakSchemes.PORT, 1, InetAddress.getByName("127.0.0.1"))) {
      probe.setReuseAddress(true);
    } catch (BindException e) {
      throw new IllegalStateException(
          "Port 127.0.0.1:"
              + KeycloakSchemes.PORT
              + " is taken, but the Keycloak tests need it:"
              + " the @OpenIdConnect URL is a compile-time constant naming that port. Stop what"
              + " listens there (perhaps a Keycloak left by an interrupted run;"
              + " `ss -ltnp 'sport = :"
              + KeycloakSchemes.PORT
              + "'` shows it).",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean portAnswers() {
    try (Socket s = new Socket()) {
      s.connect(new java.net.InetSocketAddress("127.0.0.1", KeycloakSchemes.PORT), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String version(Path home) {
    try {
      String text = Files.readString(home.resolve("version.txt")).trim();
      Matcher m = Pattern.compile("(\\d+\\.\\d+\\.\\d+)").matcher(text);
      return m.find() ? m.group(1) : text;
    } catch (IOException e) {
      return home.getFileName().toString();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Test resource " + name + " is missing");
    }
    return in;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
