package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 19 item 4 for JWTs: one token's verification by Gatehouse's {@code JwtVerifier} (the
 * verifier alone, no request), by raw nimbus (as in {@link ExtractAndDecide}) and by Quarkus's
 * verifier, SmallRye JWT 4.6.3 ({@code DefaultJWTParser} with a {@code JWTAuthContextInfo} holding
 * the key, issuer, audience and algorithm), in one run. Every contender checks the signature,
 * {@code iss}, {@code aud}, {@code exp} and that the {@code scope} claim holds {@code read}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtPeers {
  private Tokens hs256;
  private Tokens rs256;
  private Tokens es256;
  private JwtVerifier gatehouseHs256;
  private JwtVerifier gatehouseRs256;
  private JwtVerifier gatehouseEs256;
  private JWSVerifier nimbusHs256;
  private JWSVerifier nimbusRs256;
  private JWSVerifier nimbusEs256;
  private DefaultJWTParser smallryeHs256;
  private DefaultJWTParser smallryeRs256;
  private DefaultJWTParser smallryeEs256;

  @Setup
  public void setUp() throws Exception {
    hs256 = Tokens.create(JWSAlgorithm.HS256);
    rs256 = Tokens.create(JWSAlgorithm.RS256);
    es256 = Tokens.create(JWSAlgorithm.ES256);
    gatehouseHs256 = ExtractAndDecide.gatehouseJwt(hs256);
    gatehouseRs256 = ExtractAndDecide.gatehouseJwt(rs256);
    gatehouseEs256 = ExtractAndDecide.gatehouseJwt(es256);
    nimbusHs256 = new MACVerifier((OctetSequenceKey) hs256.verificationKey());
    nimbusRs256 = new RSASSAVerifier((RSAKey) rs256.verificationKey());
    nimbusEs256 = new ECDSAVerifier((ECKey) es256.verificationKey());

    JWTAuthContextInfo hs = context(SignatureAlgorithm.HS256);
    hs.setSecretVerificationKey(
        ((OctetSequenceKey) hs256.verificationKey()).toSecretKey("HmacSHA256"));
    smallryeHs256 = new DefaultJWTParser(hs);
    JWTAuthContextInfo rs = context(SignatureAlgorithm.RS256);
    rs.setPublicVerificationKey(((RSAKey) rs256.verificationKey()).toRSAPublicKey());
    smallryeRs256 = new DefaultJWTParser(rs);
    JWTAuthContextInfo es = context(SignatureAlgorithm.ES256);
    es.setPublicVerificationKey(((ECKey) es256.verificationKey()).toECPublicKey());
    smallryeEs256 = new DefaultJWTParser(es);

    for (Object result :
        new Object[] {
          gatehouseHs256(), gatehouseRs256(), gatehouseEs256(),
          nimbusHs256(), nimbusRs256(), nimbusEs256(),
          smallryeHs256(), smallryeRs256(), smallryeEs256()
        }) {
      if (result == null) {
        throw new IllegalStateException("a contender refused its token");
      }
    }
  }

  private static JWTAuthContextInfo context(SignatureAlgorithm algorithm) {
    JWTAuthContextInfo info = new JWTAuthContextInfo();
    info.setIssuedBy(Tokens.ISSUER);
    info.setExpectedAudience(Set.of(Tokens.AUDIENCE));
    info.setSignatureAlgorithm(Set.of(algorithm));
    // The benchmark tokens live a day; SmallRye refuses tokens living longer than its default.
    info.setMaxTimeToLiveSecs(2L * 24 * 3600);
    return info;
  }

  private static Verification granted(Verification v) {
    return v.isGranted() && v.scopes().contains(Tokens.SCOPE) ? v : null;
  }

  private static JsonWebToken withScope(JsonWebToken jwt) {
    Object scope = jwt.getClaim("scope");
    return scope != null && Set.of(scope.toString().split(" ")).contains(Tokens.SCOPE) ? jwt : null;
  }

  @Benchmark
  public Verification gatehouseHs256() throws Exception {
    return granted(
        gatehouseHs256.verify(new BearerToken(hs256.token, BearerToken.Transport.HEADER)));
  }

  @Benchmark
  public Verification gatehouseRs256() throws Exception {
    return granted(
        gatehouseRs256.verify(new BearerToken(rs256.token, BearerToken.Transport.HEADER)));
  }

  @Benchmark
  public Verification gatehouseEs256() throws Exception {
    return granted(
        gatehouseEs256.verify(new BearerToken(es256.token, BearerToken.Transport.HEADER)));
  }

  @Benchmark
  public Object nimbusHs256() throws Exception {
    return ExtractAndDecide.rawNimbus(hs256.token, nimbusHs256);
  }

  @Benchmark
  public Object nimbusRs256() throws Exception {
    return ExtractAndDecide.rawNimbus(rs256.token, nimbusRs256);
  }

  @Benchmark
  public Object nimbusEs256() throws Exception {
    return ExtractAndDecide.rawNimbus(es256.token, nimbusEs256);
  }

  @Benchmark
  public JsonWebToken smallryeHs256() throws Exception {
    return withScope(smallryeHs256.parse(hs256.token));
  }

  @Benchmark
  public JsonWebToken smallryeRs256() throws Exception {
    return withScope(smallryeRs256.parse(rs256.token));
  }

  @Benchmark
  public JsonWebToken smallryeEs256() throws Exception {
    return withScope(smallryeEs256.parse(es256.token));
  }
}
