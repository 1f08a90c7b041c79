package dev.gatehouse.spring.dpop;

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
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DPoP end to end on Spring Boot (embedded Tomcat, the starter's interceptor): the proof's {@code
 * htu} must name the URL Tomcat reports, and refusals carry the DPoP challenge.
 */
class SpringDpopTest {
  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "api://test";
  static final RSAKey ISSUER_KEY = rsa();
  static final ECKey CLIENT = ec();
  static final ECKey OTHER = ec();
  static ConfigurableApplicationContext context;
  static int port;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The endpoint interface the interceptor finds the operation by. */
  public interface DpopApi {
    @GetMapping("/dpop")
    String dpop();
  }

  /** The application. */
  @SpringBootApplication(proxyBeanMethods = false)
  @RestController
  public static class DpopApplication implements DpopApi {
    @Override
    public String dpop() {
      return "ok";
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
      SchemeDefinition definition =
          new SchemeDefinition("Dpop", SchemeKind.BEARER, "", "", Extractors.bearer());
      GeneratedScheme scheme =
          new GeneratedScheme() {
            @Override
            public SchemeDefinition definition() {
              return definition;
            }

            @Override
            public SenderConstraint senderConstraint() {
              return SenderConstraint.DPOP;
            }
          };
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
                      "dpop()", "GET", "/dpop", false, List.of(SchemeRequirement.of("Dpop"))));
            }

            @Override
            public String documentTitle() {
              return "Dpop";
            }
          };
      return Gatehouse.builder()
          .realm("test")
          .generated(List.of(scheme), List.of(endpoint))
          .bearer("Dpop", tokens)
          .dpop("Dpop", DpopProofVerifier.builder().build())
          .build();
    }
  }

  @BeforeAll
  static void start() {
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

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void validProofIsLetInAndEachForgeryIsRefusedWithItsChallenge() throws Exception {
    String token = token(CLIENT);
    String url = "http://127.0.0.1:" + port + "/dpop";
    String valid = proof(CLIENT, claims(token, url, "GET"));
    assertThat(send("DPoP " + token, valid).statusCode()).isEqualTo(200);
    // Replayed.
    HttpResponse<String> replay = send("DPoP " + token, valid);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.headers().allValues("WWW-Authenticate"))
        .anyMatch(c -> c.startsWith("DPoP realm=\"test\", error=\"invalid_dpop_proof\""));
    // Wrong method.
    assertThat(challenge(send("DPoP " + token, proof(CLIENT, claims(token, url, "POST")))))
        .startsWith("DPoP realm=\"test\", error=\"invalid_dpop_proof\"");
    // Wrong URL.
    assertThat(
            challenge(
                send(
                    "DPoP " + token,
                    proof(CLIENT, claims(token, "https://127.0.0.1:" + port + "/dpop", "GET")))))
        .startsWith("DPoP realm=\"test\", error=\"invalid_dpop_proof\"");
    // Another key.
    assertThat(challenge(send("DPoP " + token, proof(OTHER, claims(token, url, "GET")))))
        .startsWith("DPoP realm=\"test\", error=\"invalid_token\"");
    // Bound token as Bearer.
    assertThat(challenge(send("Bearer " + token, proof(CLIENT, claims(token, url, "GET")))))
        .startsWith("DPoP realm=\"test\", error=\"invalid_token\"");
    // Nothing.
    HttpResponse<String> none = send(null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("DPoP realm=\"test\", algs=\"ES256");
  }

  static String challenge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    return response.headers().firstValue("WWW-Authenticate").orElseThrow();
  }

  static HttpResponse<String> send(String authorization, String proof) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dpop"));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (proof != null) {
      b.header("DPoP", proof);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, Object> claims(String token, String htu, String htm) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("jti", UUID.randomUUID().toString());
    c.put("htm", htm);
    c.put("htu", htu);
    c.put("iat", System.currentTimeMillis() / 1000);
    try {
      c.put(
          "ath",
          Base64URL.encode(
                  MessageDigest.getInstance("SHA-256")
                      .digest(token.getBytes(StandardCharsets.US_ASCII)))
              .toString());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    return c;
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
