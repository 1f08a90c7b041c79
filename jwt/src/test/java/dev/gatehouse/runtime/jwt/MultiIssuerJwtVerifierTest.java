package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.runtime.BearerToken;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several issuers behind one bearer scheme: routing by the exact unverified {@code iss} among
 * configured issuers only, each issuer with its own keys, audience and algorithms, no network for
 * unknown issuers, and no key confusion across issuers.
 */
class MultiIssuerJwtVerifierTest {
  private static final String A = "https://tenant-a.test";
  private static final String B = "https://tenant-b.test";
  private static final RSAKey A_KEY = Fixture.rsa("shared-kid");

  /** Issuer B's RSA key has the same kid as A's: only the key material tells them apart. */
  private static final RSAKey B_RSA = Fixture.rsa("shared-kid");

  private static final ECKey B_EC = Fixture.ec("b-ec");

  private final JwksServer jwksA = new JwksServer().serve(new JWKSet(A_KEY.toPublicJWK()));
  private final JwksServer jwksB =
      new JwksServer()
          .serve(new JWKSet(java.util.List.of(B_RSA.toPublicJWK(), B_EC.toPublicJWK())));
  private final MutableClock clock = new MutableClock(T0);
  private final MultiIssuerJwtVerifier verifier =
      MultiIssuerJwtVerifier.of(
          JwtVerifier.builder()
              .issuer(A)
              .audience("api://a")
              .algorithms(JWSAlgorithm.RS256)
              .jwksUrl(jwksA.url("/jwks"))
              .clock(clock)
              .build(),
          JwtVerifier.builder()
              .issuer(B)
              .audience("api://b")
              .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
              .jwksUrl(jwksB.url("/jwks"))
              .clock(clock)
              .build());

  @AfterEach
  void stop() {
    jwksA.close();
    jwksB.close();
  }

  private static String token(JWK key, JWSAlgorithm alg, String iss, String aud) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(iss)
            .subject("user-of-" + iss)
            .audience(aud)
            .expirationTime(new Date((T0 + 300) * 1000))
            .issueTime(new Date(T0 * 1000))
            .claim("scope", "read")
            .build();
    return Fixture.sign(new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), claims, key);
  }

  @Test
  void eachIssuersTokensAreVerifiedWithThatIssuersKeysOnly() throws Exception {
    JwtCheck a = verifier.check(token(A_KEY, JWSAlgorithm.RS256, A, "api://a"));
    JwtCheck b = verifier.check(token(B_EC, JWSAlgorithm.ES256, B, "api://b"));
    JwtCheck bRsa = verifier.check(token(B_RSA, JWSAlgorithm.RS256, B, "api://b"));

    assertThat(a.isValid()).isTrue();
    assertThat(a.verification().principal()).isEqualTo("user-of-" + A);
    assertThat(b.isValid()).isTrue();
    assertThat(bRsa.isValid()).isTrue();
    assertThat(jwksA.jwksFetches).hasValue(1);
    assertThat(jwksB.jwksFetches).hasValue(1);
  }

  @Test
  void anUnknownIssuerIsRefusedBeforeAnyFetch() throws Exception {
    for (String iss : new String[] {"https://evil.test", A + "/", A.toUpperCase(), B + " ", ""}) {
      assertThat(verifier.check(token(A_KEY, JWSAlgorithm.RS256, iss, "api://a")).rejection())
          .as(iss)
          .contains(JwtRejection.WRONG_ISSUER);
    }
    assertThat(jwksA.jwksFetches).hasValue(0);
    assertThat(jwksB.jwksFetches).hasValue(0);
  }

  @Test
  void aTokenSignedWithIssuerAsKeyNamingIssuerBIsRefused() throws Exception {
    // Same kid and algorithm in both key sets: B's verifier tries B's key, and it does not verify.
    JwtCheck check = verifier.check(token(A_KEY, JWSAlgorithm.RS256, B, "api://b"));
    assertThat(check.rejection()).contains(JwtRejection.BAD_SIGNATURE);
    assertThat(jwksA.jwksFetches).hasValue(0);
    // And the other way round: B's key naming A.
    assertThat(verifier.check(token(B_RSA, JWSAlgorithm.RS256, A, "api://a")).rejection())
        .contains(JwtRejection.BAD_SIGNATURE);
    // A kid only B has, naming A: unknown to A.
    assertThat(verifier.check(token(B_EC, JWSAlgorithm.ES256, A, "api://a")).rejection())
        .contains(JwtRejection.DISALLOWED_ALGORITHM);
  }

  @Test
  void eachIssuerHasItsOwnAudienceAndAlgorithms() throws Exception {
    assertThat(verifier.check(token(A_KEY, JWSAlgorithm.RS256, A, "api://b")).rejection())
        .contains(JwtRejection.WRONG_AUDIENCE);
    assertThat(verifier.check(token(B_RSA, JWSAlgorithm.RS256, B, "api://a")).rejection())
        .contains(JwtRejection.WRONG_AUDIENCE);
    // ES256 is allowed for B, not for A.
    ECKey aEc = Fixture.ec("a-ec");
    assertThat(verifier.check(token(aEc, JWSAlgorithm.ES256, A, "api://a")).rejection())
        .contains(JwtRejection.DISALLOWED_ALGORITHM);
    // An algorithm neither allows is refused before routing.
    assertThat(verifier.check(token(A_KEY, JWSAlgorithm.PS256, A, "api://a")).rejection())
        .contains(JwtRejection.DISALLOWED_ALGORITHM);
  }

  @Test
  void aTokenWithoutAUsableIssIsRefusedWithoutAFetch() throws Exception {
    String header = "{\"alg\":\"RS256\",\"kid\":\"shared-kid\"}";
    String noIss = "{\"sub\":\"x\",\"aud\":\"api://a\",\"exp\":" + (T0 + 60) + "}";
    String arrayIss =
        "{\"iss\":[\"" + A + "\"],\"sub\":\"x\",\"aud\":\"api://a\",\"exp\":" + (T0 + 60) + "}";
    assertThat(
            verifier.check(Fixture.signRaw(header, noIss, JWSAlgorithm.RS256, A_KEY)).rejection())
        .contains(JwtRejection.MISSING_CLAIM);
    assertThat(
            verifier
                .check(Fixture.signRaw(header, arrayIss, JWSAlgorithm.RS256, A_KEY))
                .rejection())
        .contains(JwtRejection.INVALID_CLAIM);
    assertThat(verifier.check("not.a.jwt").rejection()).contains(JwtRejection.MALFORMED);
    assertThat(verifier.check("").rejection()).contains(JwtRejection.MALFORMED);
    assertThat(verifier.check("a".repeat(9000)).rejection()).contains(JwtRejection.TOO_LARGE);
    assertThat(
            verifier
                .check(
                    Fixture.b64("{\"alg\":\"none\"}")
                        + "."
                        + Fixture.b64("{\"iss\":\"" + A + "\"}")
                        + ".")
                .rejection())
        .contains(JwtRejection.MALFORMED);
    assertThat(jwksA.jwksFetches).hasValue(0);
    assertThat(jwksB.jwksFetches).hasValue(0);
  }

  @Test
  void oneIssuersOutageDoesNotAffectTheOther() throws Exception {
    jwksA.failWith(500);
    assertThatThrownBy(
            () ->
                verifier.verify(
                    new BearerToken(
                        token(A_KEY, JWSAlgorithm.RS256, A, "api://a"),
                        BearerToken.Transport.HEADER)))
        .isInstanceOf(KeySourceUnavailableException.class);
    assertThat(
            verifier
                .verify(
                    new BearerToken(
                        token(B_EC, JWSAlgorithm.ES256, B, "api://b"),
                        BearerToken.Transport.HEADER))
                .isGranted())
        .isTrue();
  }

  @Test
  void issuersMustBeDistinctAndPresent() {
    JwtVerifier a = Fixture.verifier().build();
    assertThatThrownBy(() -> MultiIssuerJwtVerifier.of(a, Fixture.verifier().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + Fixture.ISSUER + "\"");
    assertThatThrownBy(MultiIssuerJwtVerifier::of).isInstanceOf(IllegalArgumentException.class);
    assertThat(verifier.toString()).isEqualTo("MultiIssuerJwtVerifier[" + A + ", " + B + "]");
  }
}
