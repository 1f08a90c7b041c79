package dev.gatehouse.it.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.it.JettyConnectors;
import dev.gatehouse.runtime.ClientCertificates;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.jwt.DpopNonces;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.servlet.GatehouseServletFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sender-constrained tokens end to end over HTTP on the three adapters: JAX-RS (Jersey), Servlet
 * (Jetty; Spring MVC reads requests through the same {@code ServletRequestView}) and the JDK {@code
 * HttpServer}. Each adapter reports its own request URL ({@code htu}) and peer address; the full
 * hostile catalogue runs against the decision in {@code gatehouse-jwt} ({@code
 * SenderConstrainedHostileTest}), this one checks that method, URL, headers and peer address reach
 * it intact.
 */
class SenderConstrainedAdapterTest {
  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "api://test";
  static final RSAKey ISSUER_KEY = rsa();
  static final ECKey CLIENT = ec();
  static final ECKey OTHER = ec();
  static final String CERT_HEADER = "X-Client-Cert";
  private static final List<AutoCloseable> SERVERS = new ArrayList<>();
  private static final Map<String, RawHttp> ADAPTERS = new LinkedHashMap<>();

  /** The endpoint interface the JAX-RS adapter finds the operations by. */
  @Path("/")
  public interface SenderApi {
    @GET
    @Path("dpop")
    String dpop();

    @GET
    @Path("mtls")
    String mtls();

    @GET
    @Path("nonced")
    String nonced();
  }

  /** Its resource. */
  public static final class SenderResource implements SenderApi {
    @Override
    public String dpop() {
      return "ok";
    }

    @Override
    public String mtls() {
      return "ok";
    }

    @Override
    public String nonced() {
      return "ok";
    }
  }

  @BeforeAll
  static void start() throws Exception {
    // Jersey
    ResourceConfig config = new ResourceConfig();
    config.register(SenderResource.class);
    config.register(new GatehouseFeature(gatehouse()));
    HttpServer jersey =
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    SERVERS.add(() -> jersey.stop(0));
    ADAPTERS.put("jax-rs", new RawHttp(jersey.getAddress().getPort()));
    // Servlet
    Server jetty = new Server();
    ServerConnector connector = JettyConnectors.loopback(jetty);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(new GatehouseServletFilter(gatehouse())),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(
        new ServletHolder(
            new HttpServlet() {
              @Override
              protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                  throws IOException {
                resp.getWriter().write("ok");
              }
            }),
        "/*");
    jetty.setHandler(context);
    jetty.start();
    SERVERS.add(jetty::stop);
    ADAPTERS.put("servlet", new RawHttp(connector.getLocalPort()));
    // JDK HttpServer
    HttpServer jdk =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    GatehouseHttpFilter guard = GatehouseHttpFilter.operationsOnly(gatehouse());
    for (String path : List.of("/dpop", "/mtls", "/nonced")) {
      jdk.createContext(
              path,
              e -> {
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                e.sendResponseHeaders(200, body.length);
                e.getResponseBody().write(body);
                e.close();
              })
          .getFilters()
          .add(guard);
    }
    jdk.start();
    SERVERS.add(() -> jdk.stop(0));
    ADAPTERS.put("jdk-http", new RawHttp(jdk.getAddress().getPort()));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable s : SERVERS) {
      s.close();
    }
  }

  /** Schemes as the processor generates them for tokenBinding DPOP and MTLS. */
  static Gatehouse gatehouse() {
    JwtVerifier tokens =
        JwtVerifier.builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .keys(new JWKSet(ISSUER_KEY).toPublicJWKSet())
            .build();
    return Gatehouse.builder()
        .realm("test")
        .generated(
            List.of(
                scheme("Dpop", SenderConstraint.DPOP),
                scheme("Mtls", SenderConstraint.MTLS),
                scheme("Nonced", SenderConstraint.DPOP)),
            List.of(endpoint()))
        .bearer("Dpop", tokens)
        .bearer("Mtls", tokens)
        .bearer("Nonced", tokens)
        .dpop("Dpop", DpopProofVerifier.builder().build())
        // Each adapter's Gatehouse is a replica with its own DpopNonces and the shared key.
        .dpop("Nonced", DpopProofVerifier.builder().nonces(nonces(0)).build())
        // The tests' client connects from the loopback address, here the "proxy".
        .clientCertificates(
            "Mtls", ClientCertificates.fromTrustedProxy(CERT_HEADER, Set.of("127.0.0.1")))
        .build();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String adapter : List.of("jax-rs", "servlet", "jdk-http")) {
      out.add(Arguments.of(adapter, "valid proof", (Consumer<Req>) r -> {}, 200, null));
      out.add(
          Arguments.of(
              adapter,
              "htm POST",
              (Consumer<Req>) r -> r.claims.put("htm", "POST"),
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "htu other port",
              (Consumer<Req>) r -> r.claims.put("htu", "http://127.0.0.1:1/dpop"),
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "htu https",
              (Consumer<Req>)
                  r ->
                      r.claims.put(
                          "htu", ((String) r.claims.get("htu")).replace("http:", "https:")),
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "stale iat",
              (Consumer<Req>) r -> r.claims.put("iat", System.currentTimeMillis() / 1000 - 600),
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "ath of another token",
              (Consumer<Req>) r -> r.claims.put("ath", ath("x")),
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "proof by another key",
              (Consumer<Req>) r -> r.key = OTHER,
              401,
              "DPoP realm=\"test\", error=\"invalid_token\""));
      out.add(
          Arguments.of(
              adapter,
              "two DPoP headers",
              (Consumer<Req>) r -> r.twice = true,
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "bound token as Bearer",
              (Consumer<Req>) r -> r.word = "Bearer",
              401,
              "DPoP realm=\"test\", error=\"invalid_token\""));
      out.add(
          Arguments.of(
              adapter,
              "replayed proof",
              (Consumer<Req>) r -> r.replay = true,
              401,
              "DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
      out.add(
          Arguments.of(
              adapter,
              "no credentials",
              (Consumer<Req>) r -> r.word = null,
              401,
              "DPoP realm=\"test\", algs="));
    }
    return out.stream();
  }

  /** What a case changes in an otherwise valid DPoP request. */
  static final class Req {
    final Map<String, Object> claims = new LinkedHashMap<>();
    ECKey key = CLIENT;
    String word = "DPoP";
    boolean twice;
    boolean replay;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void dpopOverHttp(String adapter, String name, Consumer<Req> edit, int status, String challenge) {
    RawHttp http = ADAPTERS.get(adapter);
    String token = token(Map.of("jkt", thumbprint(CLIENT)));
    Req r = new Req();
    r.claims.put("jti", UUID.randomUUID().toString());
    r.claims.put("htm", "GET");
    r.claims.put("htu", "http://127.0.0.1:" + http.port() + "/dpop");
    r.claims.put("iat", System.currentTimeMillis() / 1000);
    r.claims.put("ath", ath(token));
    edit.accept(r);
    String proof = proof(r.key, r.claims);
    List<String> headers = new ArrayList<>();
    if (r.word != null) {
      headers.addAll(List.of("Authorization", r.word + " " + token, "DPoP", proof));
    }
    if (r.twice) {
      headers.addAll(List.of("DPoP", proof));
    }
    if (r.replay) {
      assertThat(http.get("/dpop", headers.toArray(String[]::new)).status()).isEqualTo(200);
    }
    RawHttp.Response response = http.get("/dpop", headers.toArray(String[]::new));
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    if (challenge != null) {
      assertThat(response.all("WWW-Authenticate")).anyMatch(c -> c.startsWith(challenge));
    }
  }

  /** The nonce key every replica shares (from a secret store in production). */
  static final byte[] NONCE_KEY =
      "nonce key shared by all replicas of the test".getBytes(StandardCharsets.US_ASCII);

  /** The service's nonces, on a clock {@code secondsAgo} behind. */
  static DpopNonces nonces(long secondsAgo) {
    return DpopNonces.builder(NONCE_KEY)
        .clock(
            java.time.Clock.offset(
                java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(-secondsAgo)))
        .build();
  }

  /** GET /nonced with a fresh proof carrying {@code nonce} (none when null). */
  static RawHttp.Response nonced(RawHttp http, String token, String nonce) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("htm", "GET");
    claims.put("htu", "http://127.0.0.1:" + http.port() + "/nonced");
    claims.put("iat", System.currentTimeMillis() / 1000);
    claims.put("ath", ath(token));
    if (nonce != null) {
      claims.put("nonce", nonce);
    }
    return http.get("/nonced", "Authorization", "DPoP " + token, "DPoP", proof(CLIENT, claims));
  }

  static Stream<Arguments> adapters() {
    return Stream.of("jax-rs", "servlet", "jdk-http").map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aServerNonceIsDemandedThenAcceptedAndRenewedBeforeItExpires(String adapter) {
    RawHttp http = ADAPTERS.get(adapter);
    String token = token(Map.of("jkt", thumbprint(CLIENT)));
    // 1. No nonce: 401 use_dpop_nonce, with a nonce to use.
    RawHttp.Response first = nonced(http, token, null);
    assertThat(first.status()).as(first.toString()).isEqualTo(401);
    assertThat(first.all("WWW-Authenticate"))
        .containsExactly(
            "DPoP realm=\"test\", error=\"use_dpop_nonce\", error_description=\"The DPoP proof must"
                + " carry the server's nonce\", algs=\"ES256 ES384 ES512 PS256 PS384 PS512 RS256 RS384 RS512\"");
    assertThat(first.all("DPoP-Nonce")).hasSize(1);
    String nonce = first.first("DPoP-Nonce");
    assertThat(nonce).matches("[A-Za-z0-9_-]{55}");
    // 2. The retry with a new proof carrying it: 200, and the nonce is fresh, so no new one.
    RawHttp.Response retried = nonced(http, token, nonce);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(retried.body()).isEqualTo("ok");
    assertThat(retried.all("DPoP-Nonce")).isEmpty();
    // 3. Another replica (another adapter's Gatehouse, same key) accepts it too.
    String other = adapter.equals("servlet") ? "jdk-http" : "servlet";
    assertThat(nonced(ADAPTERS.get(other), token, nonce).status()).isEqualTo(200);
    // 4. A nonce older than half its lifetime is accepted, and the answer carries a fresh one.
    RawHttp.Response aging = nonced(http, token, nonces(200).issue());
    assertThat(aging.status()).as(aging.toString()).isEqualTo(200);
    assertThat(aging.body()).isEqualTo("ok");
    assertThat(aging.all("DPoP-Nonce")).hasSize(1);
    assertThat(nonces(0).isValid(aging.first("DPoP-Nonce"))).isTrue();
    assertThat(nonced(http, token, aging.first("DPoP-Nonce")).all("DPoP-Nonce")).isEmpty();
    // 5. Expired, forged or another service's nonce: 401 use_dpop_nonce with a new one.
    for (String bad :
        List.of(
            nonces(301).issue(),
            nonce.substring(0, 20) + (nonce.charAt(20) == 'A' ? 'B' : 'A') + nonce.substring(21),
            DpopNonces.builder(
                    "some other service's nonce key, 32+".getBytes(StandardCharsets.US_ASCII))
                .build()
                .issue())) {
      RawHttp.Response refused = nonced(http, token, bad);
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.first("WWW-Authenticate"))
          .startsWith(
              "DPoP realm=\"test\", error=\"use_dpop_nonce\", error_description=\"The DPoP"
                  + " proof nonce is invalid or expired\"");
      assertThat(nonces(0).isValid(refused.first("DPoP-Nonce"))).isTrue();
    }
  }

  static Stream<Arguments> certificateCases() {
    return Stream.of("servlet", "jdk-http", "jax-rs").map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("certificateCases")
  void certificateHeaderFromTheTrustedProxy(String adapter) throws Exception {
    RawHttp http = ADAPTERS.get(adapter);
    java.security.cert.X509Certificate a = certificate("client-a");
    java.security.cert.X509Certificate b = certificate("client-b");
    String token = token(Map.of("x5t#S256", ClientCertificates.thumbprint(a)));
    String escapedA = escaped(a);
    RawHttp.Response right =
        http.get("/mtls", "Authorization", "Bearer " + token, CERT_HEADER, escapedA);
    RawHttp.Response wrong =
        http.get("/mtls", "Authorization", "Bearer " + token, CERT_HEADER, escaped(b));
    RawHttp.Response none = http.get("/mtls", "Authorization", "Bearer " + token);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.first("WWW-Authenticate"))
        .startsWith("Bearer realm=\"test\", error=\"invalid_token\"");
    assertThat(none.status()).isEqualTo(401);
    if (adapter.equals("jax-rs")) {
      // JAX-RS reports no peer address: the header is never believed (documented).
      assertThat(right.status()).isEqualTo(401);
    } else {
      assertThat(right.status()).isEqualTo(200);
    }
  }

  static String escaped(java.security.cert.X509Certificate c) throws Exception {
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(c.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    return java.net.URLEncoder.encode(pem, StandardCharsets.US_ASCII).replace("+", "%20");
  }

  static java.security.cert.X509Certificate certificate(String cn) throws Exception {
    java.io.File dir = java.nio.file.Files.createTempDirectory("gatehouse-mtls").toFile();
    java.io.File store = new java.io.File(dir, "c.p12");
    Process p =
        new ProcessBuilder(
                new java.io.File(System.getProperty("java.home"), "bin/keytool").getPath(),
                "-genkeypair",
                "-alias",
                "c",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + cn,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.getPath(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    try (java.io.InputStream in = new java.io.FileInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    store.delete();
    dir.delete();
    return (java.security.cert.X509Certificate) ks.getCertificate("c");
  }

  static String token(Map<String, Object> cnf) {
    long now = System.currentTimeMillis() / 1000;
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("alice")
            .audience(AUDIENCE)
            .expirationTime(new Date((now + 600) * 1000))
            .issueTime(new Date(now * 1000))
            .claim("cnf", cnf)
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(ISSUER_KEY));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static String proof(ECKey key, Map<String, Object> claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .type(new JOSEObjectType("dpop+jwt"))
                  .jwk(key.toPublicJWK())
                  .build(),
              JWTClaimsSet.parse(claims));
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException | java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  static String ath(String token) {
    try {
      return Base64URL.encode(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)))
          .toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String thumbprint(ECKey key) {
    try {
      return key.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static RSAKey rsa() {
    try {
      return new RSAKeyGenerator(2048).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static ECKey ec() {
    try {
      return new ECKeyGenerator(Curve.P_256).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static GeneratedScheme scheme(String name, SenderConstraint constraint) {
    SchemeDefinition definition =
        new SchemeDefinition(name, SchemeKind.BEARER, "", "", Extractors.bearer());
    return new GeneratedScheme() {
      @Override
      public SchemeDefinition definition() {
        return definition;
      }

      @Override
      public SenderConstraint senderConstraint() {
        return constraint;
      }
    };
  }

  static GeneratedEndpoint endpoint() {
    return new GeneratedEndpoint() {
      @Override
      public String endpointInterface() {
        return SenderApi.class.getName();
      }

      @Override
      public List<OperationSecurity> operations() {
        return List.of(
            OperationSecurity.required(
                "dpop()", "GET", "/dpop", false, List.of(SchemeRequirement.of("Dpop"))),
            OperationSecurity.required(
                "mtls()", "GET", "/mtls", false, List.of(SchemeRequirement.of("Mtls"))),
            OperationSecurity.required(
                "nonced()", "GET", "/nonced", false, List.of(SchemeRequirement.of("Nonced"))));
      }

      @Override
      public String documentTitle() {
        return "Sender";
      }
    };
  }
}
