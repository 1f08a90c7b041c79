package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Whole-service throughput on loopback: the example service's stack (Jersey on the JDK {@code
 * HttpServer}, Gatehouse's JAX-RS feature, the example's verifiers) against the same resource on
 * the same stack without the feature, driven by {@code wrk} on 127.0.0.1 with identical requests.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.gatehouse.benchmarks.Loopback [seconds] [rounds]
 * [connections] [out.md]}
 */
public final class Loopback {
  static final String API_KEY = "demo-key-3f7c1e9a5b2d4f60";
  static final String ISSUER = "urn:gatehouse:example";
  static final String AUDIENCE = "urn:gatehouse:example:api";

  /** One comparison; {@code cached}: against the server whose RS256 verifier caches tokens. */
  record Case(String name, String path, String header, boolean cached) {
    Case(String name, String path, String header) {
      this(name, path, header, false);
    }
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Path out = Path.of(args.length > 3 ? args[3] : "target/loopback.md");
    // The JDK HttpServer writes headers and body separately; with Nagle's algorithm and the
    // client's delayed ACK every keep-alive response then waits ~40 ms, which would hide any
    // per-request cost. TCP_NODELAY for both servers alike (read when the first server starts).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    RSAKey key = new RSAKeyGenerator(2048).keyID("example-1").generate();
    long now = System.currentTimeMillis();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("example-1")
                .type(JOSEObjectType.JWT)
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("johndoe")
                .issueTime(new Date(now - 1000))
                .expirationTime(new Date(now + 3_600_000L))
                .claim("scope", "me items")
                .build());
    jwt.sign(new RSASSASigner(key));
    String token = jwt.serialize();

    Tokens hs256 = Tokens.create(JWSAlgorithm.HS256);
    JwtVerifier hsJwts = ExtractAndDecide.gatehouseJwt(hs256);
    // Exactly the example service's verifier (ExampleService.start), and the same with the
    // verified-token cache on (issue 19 item 2).
    JwtVerifier jwts = exampleJwts(key, false);
    JwtVerifier cachedJwts = exampleJwts(key, true);
    HttpServer secured = start(true, gatehouse(jwts, hsJwts));
    HttpServer securedCached = start(true, gatehouse(cachedJwts, hsJwts));
    HttpServer plain = start(false, null);
    try {
      String securedBase = base(secured);
      String cachedBase = base(securedCached);
      String plainBase = base(plain);
      List<Case> cases =
          List.of(
              new Case(
                  "API key (X-API-Key, SHA-256 HashedApiKeys)", "/items", "X-API-Key: " + API_KEY),
              new Case(
                  "Bearer JWT RS256, cached key (JwtVerifier)",
                  "/token-items",
                  "Authorization: Bearer " + token),
              new Case(
                  "Bearer JWT HS256, cached key (JwtVerifier)",
                  "/hs-items",
                  "Authorization: Bearer " + hs256.token),
              new Case(
                  "Bearer JWT RS256, verified-token cache (JwtVerifier)",
                  "/token-items",
                  "Authorization: Bearer " + token,
                  true));
      sanity(securedBase, plainBase, cases.subList(0, 3));
      sanity(cachedBase, plainBase, cases.subList(3, 4));

      StringBuilder md = new StringBuilder();
      md.append("| case | round | without security (req/s) | with Gatehouse (req/s) | ratio |\n");
      md.append("|---|---|---:|---:|---:|\n");
      List<String> summary = new ArrayList<>();
      for (Case c : cases) {
        String securedFor = c.cached ? cachedBase : securedBase;
        // Warm both servers (JIT, connection handling) before measuring.
        wrk(plainBase + c.path, c.header, 5, connections);
        wrk(securedFor + c.path, c.header, 5, connections);
        double sumPlain = 0;
        double sumSecured = 0;
        for (int r = 1; r <= rounds; r++) {
          // Alternate the order so drift on the shared cores does not favour either side.
          double p;
          double s;
          if (r % 2 == 1) {
            p = wrk(plainBase + c.path, c.header, seconds, connections);
            s = wrk(securedFor + c.path, c.header, seconds, connections);
          } else {
            s = wrk(securedFor + c.path, c.header, seconds, connections);
            p = wrk(plainBase + c.path, c.header, seconds, connections);
          }
          sumPlain += p;
          sumSecured += s;
          md.append(
              String.format(
                  Locale.ROOT, "| %s | %d | %.0f | %.0f | %.3f |%n", c.name, r, p, s, s / p));
          System.out.printf(
              Locale.ROOT, "%s round %d: plain %.0f req/s, secured %.0f req/s%n", c.name, r, p, s);
        }
        double ratio = sumSecured / sumPlain;
        summary.add(
            String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.3f | %.1f%% |",
                c.name,
                sumPlain / rounds,
                sumSecured / rounds,
                ratio,
                (1 - ratio) * 100));
      }
      StringBuilder all = new StringBuilder();
      all.append(
          "| case | without security, mean (req/s) | with Gatehouse, mean (req/s) | ratio | loss |\n");
      all.append("|---|---:|---:|---:|---:|\n");
      summary.forEach(s -> all.append(s).append('\n'));
      all.append('\n').append(md);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, all.toString());
      System.out.println();
      System.out.println(all);
    } finally {
      secured.stop(0);
      securedCached.stop(0);
      plain.stop(0);
    }
    // Jersey's container leaves non-daemon worker threads behind.
    System.exit(0);
  }

  private static JwtVerifier exampleJwts(RSAKey key, boolean cached) {
    JwtVerifier.Builder builder =
        JwtVerifier.builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .keys(new JWKSet(key.toPublicJWK()))
            .requireAccessTokenType(false);
    if (cached) {
      builder.verifiedTokenCache(10_000, java.time.Duration.ofMinutes(5));
    }
    return builder.build();
  }

  private static Gatehouse gatehouse(JwtVerifier rs256, JwtVerifier hs256) {
    return Gatehouse.builder()
        .bearer("OAuth2PasswordBearer", rs256)
        .bearer("HTTPBearer", hs256)
        .apiKey(
            "APIKeyHeader",
            HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(API_KEY), "demo-client").build())
        .build();
  }

  private static HttpServer start(boolean withGatehouse, Gatehouse gatehouse) {
    ResourceConfig config =
        new ResourceConfig()
            .register(BenchResource.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    if (withGatehouse) {
      config.register(new GatehouseFeature(gatehouse));
    }
    return JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
  }

  private static String base(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** With the credential both answer 200; without it only the secured one refuses (401). */
  private static void sanity(String securedBase, String plainBase, List<Case> cases)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    for (Case c : cases) {
      String[] h = c.header.split(": ", 2);
      int withS =
          status(
              client, HttpRequest.newBuilder(URI.create(securedBase + c.path)).header(h[0], h[1]));
      int withP =
          status(client, HttpRequest.newBuilder(URI.create(plainBase + c.path)).header(h[0], h[1]));
      int withoutS = status(client, HttpRequest.newBuilder(URI.create(securedBase + c.path)));
      if (withS != 200 || withP != 200 || withoutS != 401) {
        throw new IllegalStateException(
            c.name + ": expected 200/200/401, got " + withS + "/" + withP + "/" + withoutS);
      }
    }
  }

  private static int status(HttpClient client, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

  /** Runs wrk with one thread (the other core serves) and returns requests per second. */
  static double wrk(String url, String header, int seconds, int connections)
      throws IOException, InterruptedException {
    if (!url.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException("loopback only: " + url);
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "wrk",
                "-t1",
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "5s",
                "-H",
                header,
                url)
            .redirectErrorStream(true);
    Process process = pb.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.append(line).append('\n');
      }
    }
    int rc = process.waitFor();
    String text = output.toString();
    Matcher m = RPS.matcher(text);
    if (rc != 0 || !m.find() || text.contains("Non-2xx") || text.contains("Socket errors")) {
      throw new IllegalStateException("wrk failed or saw errors:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }

  private Loopback() {}
}
