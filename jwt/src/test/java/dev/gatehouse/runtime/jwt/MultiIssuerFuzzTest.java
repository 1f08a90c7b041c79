package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes issuer routing, {@link MultiIssuerJwtVerifier#check}, for issuer confusion: two issuers
 * whose RSA keys share the {@code kid} {@code rsa-1}, B also with an EC key. Whatever the header
 * and claims, a token is accepted only if the issuer it names is the issuer whose key signed it,
 * with that issuer's audience; the outcome is always a reason from {@link JwtRejection} or an
 * acceptance, never an exception.
 *
 * <p>Input: the first byte picks the signing key (A's RSA, B's RSA, B's EC, or none: the rest is
 * the token itself); the rest is {@code header-json \n payload-json}, signed by the test.
 */
class MultiIssuerFuzzTest {
  private static final String A = "https://a.test";
  private static final String B = "https://b.test";
  private static final RSAKey A_RSA = Fixture.RSA;
  private static final RSAKey B_RSA = Fixture.rsa("rsa-1");
  private static final JWK B_EC = Fixture.EC;
  private static final MultiIssuerJwtVerifier VERIFIER =
      MultiIssuerJwtVerifier.of(
          JwtVerifier.builder()
              .issuer(A)
              .audience("api://a")
              .algorithms(JWSAlgorithm.RS256)
              .keys(new JWKSet(A_RSA.toPublicJWK()))
              .clock(Fixture.clockAt(T0))
              .build(),
          JwtVerifier.builder()
              .issuer(B)
              .audience("api://b")
              .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
              .keys(new JWKSet(List.of(B_RSA.toPublicJWK(), B_EC.toPublicJWK())))
              .clock(Fixture.clockAt(T0))
              .build());

  @FuzzTest(maxDuration = "10m")
  void routedToken(byte[] input) throws Exception {
    if (input.length == 0) {
      assertThat(VERIFIER.check("").rejection()).contains(JwtRejection.MALFORMED);
      return;
    }
    String rest = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    int choice = Byte.toUnsignedInt(input[0]) % 4;
    String token;
    String signer;
    int newline = rest.indexOf('\n');
    if (choice == 3 || newline < 0) {
      token = rest;
      signer = null;
    } else {
      String header = rest.substring(0, newline);
      String payload = rest.substring(newline + 1);
      JWK key = choice == 0 ? A_RSA : choice == 1 ? B_RSA : B_EC;
      token =
          Fixture.signRaw(
              header, payload, choice == 2 ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256, key);
      signer = choice == 0 ? A : B;
    }
    JwtCheck check = VERIFIER.check(token);
    assertThat(VERIFIER.check(token).isValid()).as("deterministic").isEqualTo(check.isValid());
    if (!check.isValid()) {
      assertThat(check.rejection()).isPresent();
      return;
    }
    assertThat(signer).as("only a token the test signed can pass").isNotNull();
    String iss = check.claims().orElseThrow().getIssuer();
    assertThat(iss).as("the issuer whose key signed it").isEqualTo(signer);
    assertThat(check.claims().orElseThrow().getAudience())
        .contains(signer.equals(A) ? "api://a" : "api://b");
  }
}
