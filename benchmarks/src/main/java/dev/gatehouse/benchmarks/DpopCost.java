package dev.gatehouse.benchmarks;

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
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.internal.SimpleRequest;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.spi.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * What DPoP (RFC 9449) adds to a JWT request, Gatehouse against Spring Security 7's DPoP support,
 * in one run (issue 17): the same RS256 access token checked as a plain bearer token and as a
 * DPoP-bound token ({@code cnf.jkt}) with an ES256 proof, each side with its own replay cache.
 *
 * <p>A proof is good once (its {@code jti}), so every invocation gets a fresh one, signed with
 * nimbus-jose-jwt in an invocation-level setup outside the measurement; the bearer rows get the
 * same setup, so the timer's overhead is the same in all four rows. Each side verifies the token
 * the same way as in {@link ExtractAndDecide}: issuer, audience, time, and the {@code read} scope.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// An invocation is mostly its setup (an ES256 signature): long warm-up, so the measured code is
// compiled by C2 before the measurement starts.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DpopCost {
  private static final URI BASE = URI.create("https://api.bench.example");
  private static final URI RESOURCE = URI.create("https://api.bench.example/items");

  private Operation gatehouseBearer;
  private Operation gatehouseDpop;
  private AuthenticationManager springBearer;
  private AuthenticationManager springDpop;
  private AuthorizationManager<Object> springScopeRead;

  /**
   * Clients in turn: Spring's replay cache accepts at most 1,000 proofs per key in its window
   * ({@code DPoPProofReplayValidator}), so one key would be refused after its first thousand.
   */
  private static final int CLIENTS = 64;

  private String bearerToken;
  private final String[] boundTokens = new String[CLIENTS];
  private final ECKey[] clientKeys = new ECKey[CLIENTS];
  private final ECDSASigner[] proofSigners = new ECDSASigner[CLIENTS];
  private final String[] aths = new String[CLIENTS];
  private int next;
  private String boundToken;

  // Fresh per invocation.
  private String proof;
  private SimpleRequest bearerRequest;
  private SimpleRequest dpopRequest;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    RSAKey issuerKey = new RSAKeyGenerator(2048).keyID("as").generate();
    bearerToken = token(issuerKey, null);
    for (int c = 0; c < CLIENTS; c++) {
      clientKeys[c] = new ECKeyGenerator(Curve.P_256).keyID("client-" + c).generate();
      proofSigners[c] = new ECDSASigner(clientKeys[c]);
      boundTokens[c] = token(issuerKey, clientKeys[c].computeThumbprint().toString());
      aths[c] =
          Base64URL.encode(
                  MessageDigest.getInstance("SHA-256")
                      .digest(boundTokens[c].getBytes(StandardCharsets.US_ASCII)))
              .toString();
    }

    JwtVerifier tokens =
        JwtVerifier.builder()
            .issuer(Tokens.ISSUER)
            .audience(Tokens.AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .keys(new JWKSet(issuerKey.toPublicJWK()))
            .build();
    Gatehouse gatehouse =
        Gatehouse.builder()
            .generated(
                List.of(
                    scheme("Jwt", SenderConstraint.NONE), scheme("DpopJwt", SenderConstraint.DPOP)),
                List.of(endpoint()))
            .realm("bench")
            .bearer("Jwt", tokens)
            .bearer("DpopJwt", tokens)
            .dpop("DpopJwt", DpopProofVerifier.builder().externalBaseUrl(BASE).build())
            .build();
    gatehouseBearer = gatehouse.operations().get(0);
    gatehouseDpop = gatehouse.operations().get(1);

    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withPublicKey(issuerKey.toRSAPublicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
    decoder.setJwtValidator(ExtractAndDecide.springRules());
    springBearer = new ProviderManager(new JwtAuthenticationProvider(decoder));
    springDpop = new ProviderManager(new DPoPAuthenticationProvider(springBearer));
    springScopeRead = AuthorityAuthorizationManager.hasAuthority("SCOPE_read");

    fresh();
    check(bearer_gatehouse() instanceof Decision.Allow, "Gatehouse bearer");
    fresh();
    check(dpop_gatehouse() instanceof Decision.Allow, "Gatehouse DPoP");
    fresh();
    check(bearer_spring().isGranted(), "Spring bearer");
    fresh();
    check(dpop_spring().isGranted(), "Spring DPoP");
    fresh();
    // A proof is good once, on both sides.
    dpop_gatehouse();
    check(dpop_gatehouse() instanceof Decision.Deny, "Gatehouse refuses a replayed proof");
    dpop_spring();
    try {
      dpop_spring();
      throw new IllegalStateException("Spring accepted a replayed proof");
    } catch (org.springframework.security.core.AuthenticationException expected) {
      // the replay cache works
    }
  }

  /** A new proof and the requests that carry it, outside the measurement. */
  @Setup(Level.Invocation)
  public void fresh() throws Exception {
    int c = next;
    next = (next + 1) % CLIENTS;
    boundToken = boundTokens[c];
    SignedJWT signed =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt"))
                .jwk(clientKeys[c].toPublicJWK())
                .build(),
            new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", "GET")
                .claim("htu", RESOURCE.toString())
                .issueTime(new Date())
                .claim("ath", aths[c])
                .build());
    signed.sign(proofSigners[c]);
    proof = signed.serialize();
    bearerRequest =
        SimpleRequest.builder()
            .method("GET")
            .path("/items")
            .header("Host", "api.bench.example")
            .header("Authorization", "Bearer " + bearerToken)
            .build();
    dpopRequest =
        SimpleRequest.builder()
            .method("GET")
            .path("/items")
            .header("Host", "api.bench.example")
            .header("Authorization", "DPoP " + boundToken)
            .header("DPoP", proof)
            .build();
  }

  @Benchmark
  public Decision bearer_gatehouse() {
    return gatehouseBearer.decide(bearerRequest);
  }

  @Benchmark
  public Decision dpop_gatehouse() {
    return gatehouseDpop.decide(dpopRequest);
  }

  @Benchmark
  public AuthorizationResult bearer_spring() {
    Authentication auth =
        springBearer.authenticate(new BearerTokenAuthenticationToken(bearerToken));
    return springScopeRead.authorize(() -> auth, RESOURCE);
  }

  @Benchmark
  public AuthorizationResult dpop_spring() {
    Authentication auth =
        springDpop.authenticate(
            new DPoPAuthenticationToken(boundToken, proof, "GET", RESOURCE.toString()));
    return springScopeRead.authorize(() -> auth, RESOURCE);
  }

  private static String token(RSAKey key, String jkt) throws Exception {
    long now = System.currentTimeMillis();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(Tokens.ISSUER)
            .audience(Tokens.AUDIENCE)
            .subject("bench-user")
            .issueTime(new Date(now - 1_000))
            .notBeforeTime(new Date(now - 1_000))
            .expirationTime(new Date(now + 24 * 3_600_000L))
            .claim("scope", Tokens.SCOPE);
    if (jkt != null) {
      claims.claim("cnf", Map.of("jkt", jkt));
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static GeneratedScheme scheme(String name, SenderConstraint constraint) {
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

  private static GeneratedEndpoint endpoint() {
    List<OperationSecurity> operations =
        List.of(
            OperationSecurity.required(
                "bearer()", "GET", "/items", false, List.of(SchemeRequirement.of("Jwt", "read"))),
            OperationSecurity.required(
                "dpop()",
                "GET",
                "/items",
                false,
                List.of(SchemeRequirement.of("DpopJwt", "read"))));
    return new ExtractAndDecide.Endpoint("dev.gatehouse.benchmarks.DpopApi", operations, "Bench");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what + " did not take its expected path");
    }
  }
}
