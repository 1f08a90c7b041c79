package dev.gatehouse.webflux.dpop;

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
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.jwt.DpopNonces;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * DPoP end to end on Spring WebFlux (Reactor Netty, the reactive starter's filter): the cases of
 * the Servlet, JAX-RS and JDK adapters' {@code SenderConstrainedAdapterTest}, with {@code htm} and
 * {@code htu} as this adapter sees the request ({@code ServerHttpRequest.getURI()}), replay, and
 * the server-nonce flow with renewal on an allowed answer.
 */
class WebFluxDpopTest {
  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "api://test";
  static final String ALGS = "ES256 ES384 ES512 PS256 PS384 PS512 RS256 RS384 RS512";
  static final String PROOF_ERROR = "DPoP realm=\"test\", error=\"invalid_dpop_proof\"";
  static final RSAKey ISSUER_KEY = rsa();
  static final ECKey CLIENT = ec();
  static final ECKey OTHER = ec();
  static final byte[] NONCE_KEY =
      "the WebFlux test's shared DPoP nonce key".getBytes(StandardCharsets.US_ASCII);
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static ConfigurableApplicationContext context;
  static int port;

  /** The endpoint interface the filter finds the operations by. */
  public interface DpopApi {
    @GetMapping("/dpop")
    Mono<String> dpop();

    @PostMapping("/dpop")
    Mono<String> post();

    @GetMapping("/nonced")
    Mono<String> nonced();
  }

  /** The application: only this package is scanned, so the module's sample stays out. */
  @SpringBootApplication(proxyBeanMethods = false)
  @RestController
  public static class DpopApplication implements DpopApi {
    @Override
    public Mono<String> dpop() {
      return Mono.just("ok");
    }

    @Override
    public Mono<String> post() {
      return Mono.just("posted");
    }

    @Override
    public Mono<String> nonced() {
      return Mono.just("ok");
    }

    @Bean
    Gatehouse gatehouse() {
      JwtVerifier tokens =
          JwtVerifier.builder()
              .issuer(ISSUER)
              .audience(AUDIENCE)
              .algorithms(JWSAlgorithm.RS256)
              .keys(new JWKSet(ISSUER_KEY).toPublicJWKSet())
              .build();
      GeneratedEndpoint endpoint =
          new GeneratedEndpoint() {
            @Override
            public String endpointInterface() {
              return DpopApi.class.getName();
            }

            @Override
            public List<OperationSecurity> operations() {
              return List.of(
                  OperationSecurity.required(
                      "dpop()", "GET", "/dpop", false, List.of(SchemeRequirement.of("Dpop"))),
                  OperationSecurity.required(
                      "post()", "POST", "/dpop", false, List.of(SchemeRequirement.of("Dpop"))),
                  OperationSecurity.required(
                      "nonced()",
                      "GET",
                      "/nonced",
                      false,
                      List.of(SchemeRequirement.of("Nonced"))));
            }

            @Override
            public String documentTitle() {
              return "Dpop";
            }
          };
      return Gatehouse.builder()
          .realm("test")
          .generated(List.of(dpopScheme("Dpop"), dpopScheme("Nonced")), List.of(endpoint))
          .bearer("Dpop", tokens)
          .bearer("Nonced", tokens)
          .dpop("Dpop", DpopProofVerifier.builder().build())
          .dpop("Nonced", DpopProofVerifier.builder().nonces(nonces(0)).build())
          .build();
    }
  }

  @BeforeAll
  static void start() {
    // Not closed: Reactor Netty's event loops are shared by every server of the JVM (see
    // ResourceMetadataTest); Spring's shutdown hook closes it.
    context =
        new SpringApplicationBuilder(DpopApplication.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "gatehouse.openapi.enabled=false")
            .run();
    port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /** What a case changes in an otherwise valid DPoP request to GET /dpop. */
  static final class Req {
    final Map<String, Object> claims = new LinkedHashMap<>();
    ECKey key = CLIENT;
    String word = "DPoP";
    String method = "GET";
    boolean twice;
    boolean replay;
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("valid proof", (Consumer<Req>) r -> {}, 200, null));
    out.add(
        Arguments.of(
            "valid proof for POST",
            (Consumer<Req>)
                r -> {
                  r.method = "POST";
                  r.claims.put("htm", "POST");
                },
            200,
            null));
    out.add(
        Arguments.of(
            "htm POST for GET",
            (Consumer<Req>) r -> r.claims.put("htm", "POST"),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of("htm GET for POST", (Consumer<Req>) r -> r.method = "POST", 401, PROOF_ERROR));
    out.add(
        Arguments.of(
            "htm lower-case", (Consumer<Req>) r -> r.claims.put("htm", "get"), 401, PROOF_ERROR));
    out.add(
        Arguments.of(
            "htu other port",
            (Consumer<Req>) r -> r.claims.put("htu", "http://127.0.0.1:1/dpop"),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of(
            "htu https",
            (Consumer<Req>) r -> r.claims.put("htu", "https://127.0.0.1:" + port + "/dpop"),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of(
            "htu other path",
            (Consumer<Req>) r -> r.claims.put("htu", "http://127.0.0.1:" + port + "/nonced"),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of(
            "htu localhost for 127.0.0.1",
            (Consumer<Req>) r -> r.claims.put("htu", "http://localhost:" + port + "/dpop"),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of(
            "htu with upper-case host and a query (same URL)",
            (Consumer<Req>) r -> r.claims.put("htu", "HTTP://127.0.0.1:" + port + "/dpop?x=1"),
            200,
            null));
    out.add(
        Arguments.of(
            "stale iat",
            (Consumer<Req>) r -> r.claims.put("iat", System.currentTimeMillis() / 1000 - 600),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of(
            "ath of another token",
            (Consumer<Req>) r -> r.claims.put("ath", ath("x")),
            401,
            PROOF_ERROR));
    out.add(
        Arguments.of(
            "proof by another key",
            (Consumer<Req>) r -> r.key = OTHER,
            401,
            "DPoP realm=\"test\", error=\"invalid_token\""));
    out.add(
        Arguments.of("two DPoP headers", (Consumer<Req>) r -> r.twice = true, 401, PROOF_ERROR));
    out.add(
        Arguments.of(
            "bound token as Bearer",
            (Consumer<Req>) r -> r.word = "Bearer",
            401,
            "DPoP realm=\"test\", error=\"invalid_token\""));
    out.add(Arguments.of("replayed proof", (Consumer<Req>) r -> r.replay = true, 401, PROOF_ERROR));
    out.add(
        Arguments.of(
            "no credentials",
            (Consumer<Req>) r -> r.word = null,
            401,
            "DPoP realm=\"test\", algs=\"" + ALGS + "\""));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dpopOnWebFlux(String name, Consumer<Req> edit, int status, String challenge)
      throws Exception {
    String token = token(CLIENT);
    Req r = new Req();
    r.claims.put("jti", UUID.randomUUID().toString());
    r.claims.put("htm", "GET");
    r.claims.put("htu", "http://127.0.0.1:" + port + "/dpop");
    r.claims.put("iat", System.currentTimeMillis() / 1000);
    r.claims.put("ath", ath(token));
    edit.accept(r);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dpop"))
            .method(r.method, HttpRequest.BodyPublishers.noBody());
    String proof = proof(r.key, r.claims);
    if (r.word != null) {
      b.header("Authorization", r.word + " " + token).header("DPoP", proof);
    }
    if (r.twice) {
      b.header("DPoP", proof);
    }
    HttpRequest request = b.build();
    if (r.replay) {
      assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(name + ": " + response.headers()).isEqualTo(status);
    if (status == 200) {
      assertThat(response.body()).isIn("ok", "posted");
    }
    if (challenge != null) {
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .anyMatch(c -> c.startsWith(challenge))
          .allMatch(c -> c.endsWith(", algs=\"" + ALGS + "\""));
      assertThat(response.headers().allValues("DPoP-Nonce")).isEmpty();
    }
  }

  /** The service's nonces, on a clock {@code secondsAgo} behind. */
  static DpopNonces nonces(long secondsAgo) {
    return DpopNonces.builder(NONCE_KEY)
        .clock(
            java.time.Clock.offset(
                java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(-secondsAgo)))
        .build();
  }

  static HttpResponse<String> nonced(String token, String nonce) throws Exception {
    String url = "http://127.0.0.1:" + port + "/nonced";
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("jti", UUID.randomUUID().toString());
    c.put("htm", "GET");
    c.put("htu", url);
    c.put("iat", System.currentTimeMillis() / 1000);
    c.put("ath", ath(token));
    if (nonce != null) {
      c.put("nonce", nonce);
    }
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "DPoP " + token)
            .header("DPoP", proof(CLIENT, c))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aServerNonceIsDemandedThenAcceptedAndRenewedBeforeItExpires() throws Exception {
    String token = token(CLIENT);
    HttpResponse<String> first = nonced(token, null);
    assertThat(first.statusCode()).isEqualTo(401);
    assertThat(first.headers().allValues("WWW-Authenticate"))
        .containsExactly(
            "DPoP realm=\"test\", error=\"use_dpop_nonce\", error_description=\"The DPoP proof must"
                + " carry the server's nonce\", algs=\""
                + ALGS
                + "\"");
    assertThat(first.headers().allValues("DPoP-Nonce")).hasSize(1);
    String nonce = first.headers().firstValue("DPoP-Nonce").orElseThrow();
    assertThat(nonces(0).isValid(nonce)).isTrue();
    HttpResponse<String> retried = nonced(token, nonce);
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(retried.body()).isEqualTo("ok");
    assertThat(retried.headers().allValues("DPoP-Nonce")).isEmpty();
    // Older than half its lifetime: accepted, and the answer carries a fresh one.
    HttpResponse<String> aging = nonced(token, nonces(200).issue());
    assertThat(aging.statusCode()).isEqualTo(200);
    assertThat(aging.body()).isEqualTo("ok");
    assertThat(aging.headers().allValues("DPoP-Nonce")).hasSize(1);
    assertThat(nonces(0).isValid(aging.headers().firstValue("DPoP-Nonce").orElseThrow())).isTrue();
    // Expired, or of another service.
    for (String bad :
        List.of(
            nonces(301).issue(),
            DpopNonces.builder(
                    "another service's DPoP nonce key!".getBytes(StandardCharsets.US_ASCII))
                .build()
                .issue())) {
      HttpResponse<String> refused = nonced(token, bad);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
          .startsWith(
              "DPoP realm=\"test\", error=\"use_dpop_nonce\", error_description=\"The DPoP proof"
                  + " nonce is invalid or expired\"");
      assertThat(nonces(0).isValid(refused.headers().firstValue("DPoP-Nonce").orElseThrow()))
          .isTrue();
    }
  }

  static GeneratedScheme dpopScheme(String name) {
    SchemeDefinition definition =
        new SchemeDefinition(name, SchemeKind.BEARER, "", "", Extractors.bearer());
    return new GeneratedScheme() {
      @Override
      public SchemeDefinition definition() {
        return definition;
      }

      @Override
      public SenderConstraint senderConstraint() {
        return SenderConstraint.DPOP;
      }
    };
  }

  static String token(ECKey bound) throws JOSEException {
    long now = System.currentTimeMillis() / 1000;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("alice")
                .audience(AUDIENCE)
                .expirationTime(new Date((now + 600) * 1000))
                .issueTime(new Date(now * 1000))
                .claim("cnf", Map.of("jkt", bound.computeThumbprint().toString()))
                .build());
    jwt.sign(new RSASSASigner(ISSUER_KEY));
    return jwt.serialize();
  }

  static String proof(ECKey key, Map<String, Object> claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK())
                .build(),
            JWTClaimsSet.parse(claims));
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
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
}
