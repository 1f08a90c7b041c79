package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.ISSUER;
import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static dev.gatehouse.runtime.jwt.Fixture.withClaims;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture token VJ and the claim rules of security rules 1.4 step 12 (decision P11). */
class JwtClaimsTest {
  private final JwtVerifier verifier = Fixture.verifier().build();

  private JwtCheck check(String token) throws Exception {
    return verifier.check(token);
  }

  private JwtRejection reason(String token) throws Exception {
    JwtCheck check = check(token);
    assertThat(check.verification().isGranted()).isEqualTo(check.isValid());
    return check.rejection().orElse(null);
  }

  @Test
  void vjIsGrantedToAliceWithScopeRead() throws Exception {
    JwtCheck check = check(Fixture.vj());

    assertThat(check.isValid()).isTrue();
    assertThat(check.verification().principal()).isEqualTo("alice");
    assertThat(check.verification().scopes()).containsExactly("read");
    assertThat(check.claims().orElseThrow().getIssuer()).isEqualTo(ISSUER);
    assertThat(check.toString()).doesNotContain(Fixture.vj().substring(0, 20));
  }

  @Test
  void verifyMapsTheCheckToAVerification() throws Exception {
    Verification granted =
        verifier.verify(new BearerToken(Fixture.vj(), BearerToken.Transport.HEADER));
    Verification refused = verifier.verify(new BearerToken("a.b.c", BearerToken.Transport.HEADER));

    assertThat(granted.isGranted()).isTrue();
    assertThat(granted.principal()).isEqualTo("alice");
    assertThat(granted.scopes()).containsExactly("read");
    assertThat(refused.isGranted()).isFalse();
    assertThat(refused.reason()).hasValue(JwtRejection.MALFORMED.description());
  }

  @Test
  void es256TokenSignedWithEc1IsAccepted() throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build();
    assertThat(check(Fixture.sign(header, Fixture.claims().build(), Fixture.EC)).isValid())
        .isTrue();
  }

  @Test
  void tokenWithoutKidIsCheckedAgainstTheKeysOfItsAlgorithm() throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).build();
    assertThat(check(Fixture.sign(header, Fixture.claims().build(), Fixture.RSA)).isValid())
        .isTrue();
  }

  @Test
  void expiryAllowsTheSkewAndNoMore() throws Exception {
    assertThat(reason(withClaims(c -> c.put("exp", T0 - 59)))).isNull();
    assertThat(reason(withClaims(c -> c.put("exp", T0 - 60)))).isEqualTo(JwtRejection.EXPIRED);
    assertThat(reason(withClaims(c -> c.put("exp", T0 - 3600)))).isEqualTo(JwtRejection.EXPIRED);
  }

  @Test
  void skewIsConfigurable() throws Exception {
    JwtVerifier strict = Fixture.verifier().clockSkew(java.time.Duration.ZERO).build();
    assertThat(strict.check(withClaims(c -> c.put("exp", T0))).rejection())
        .contains(JwtRejection.EXPIRED);
    assertThat(strict.check(withClaims(c -> c.put("exp", T0 + 1))).isValid()).isTrue();
  }

  @Test
  void expIsRequiredAndMustBeANumericDate() throws Exception {
    assertThat(reason(withClaims(c -> c.remove("exp")))).isEqualTo(JwtRejection.MISSING_CLAIM);
    assertThat(reason(withClaims(c -> c.put("exp", null)))).isEqualTo(JwtRejection.MISSING_CLAIM);
    assertThat(reason(withClaims(c -> c.put("exp", "1700003600"))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("exp", 1e300)))).isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("exp", -1)))).isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("exp", T0 + 0.5)))).isNull();
  }

  @Test
  void notBeforeAllowsTheSkewAndNoMore() throws Exception {
    assertThat(reason(withClaims(c -> c.put("nbf", T0 + 60)))).isNull();
    assertThat(reason(withClaims(c -> c.put("nbf", T0 + 61))))
        .isEqualTo(JwtRejection.NOT_YET_VALID);
    assertThat(reason(withClaims(c -> c.put("nbf", "now")))).isEqualTo(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void issuedInTheFutureBeyondTheSkewIsRefused() throws Exception {
    assertThat(reason(withClaims(c -> c.put("iat", T0 + 60)))).isNull();
    assertThat(reason(withClaims(c -> c.put("iat", T0 + 61))))
        .isEqualTo(JwtRejection.ISSUED_IN_FUTURE);
    assertThat(reason(withClaims(c -> c.remove("iat")))).isNull();
  }

  @Test
  void issuerMustMatchExactly() throws Exception {
    assertThat(reason(withClaims(c -> c.put("iss", "https://evil.test"))))
        .isEqualTo(JwtRejection.WRONG_ISSUER);
    assertThat(reason(withClaims(c -> c.put("iss", ISSUER + "/"))))
        .isEqualTo(JwtRejection.WRONG_ISSUER);
    assertThat(reason(withClaims(c -> c.put("iss", "https://ISSUER.test"))))
        .isEqualTo(JwtRejection.WRONG_ISSUER);
    assertThat(reason(withClaims(c -> c.remove("iss")))).isEqualTo(JwtRejection.MISSING_CLAIM);
    assertThat(reason(withClaims(c -> c.put("iss", 7)))).isEqualTo(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void audienceMayBeAnArrayThatContainsIt() throws Exception {
    assertThat(reason(withClaims(c -> c.put("aud", List.of("other", AUDIENCE))))).isNull();
    assertThat(reason(withClaims(c -> c.put("aud", List.of("other", "api://test2")))))
        .isEqualTo(JwtRejection.WRONG_AUDIENCE);
    assertThat(reason(withClaims(c -> c.put("aud", List.of()))))
        .isEqualTo(JwtRejection.WRONG_AUDIENCE);
    assertThat(reason(withClaims(c -> c.put("aud", "api://TEST"))))
        .isEqualTo(JwtRejection.WRONG_AUDIENCE);
    assertThat(reason(withClaims(c -> c.put("aud", List.of(AUDIENCE, 3)))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("aud", 3)))).isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.remove("aud")))).isEqualTo(JwtRejection.MISSING_CLAIM);
  }

  @Test
  void subjectIsRequiredAsANonEmptyString() throws Exception {
    assertThat(reason(withClaims(c -> c.remove("sub")))).isEqualTo(JwtRejection.MISSING_CLAIM);
    assertThat(reason(withClaims(c -> c.put("sub", "")))).isEqualTo(JwtRejection.INVALID_CLAIM);
    // nimbus would turn a numeric sub into a string; the RFC says StringOrURI.
    assertThat(reason(withClaims(c -> c.put("sub", 42)))).isEqualTo(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void scopeIsASpaceSeparatedString() throws Exception {
    assertThat(check(withClaims(c -> c.put("scope", "read write"))).verification().scopes())
        .containsExactlyInAnyOrder("read", "write");
    assertThat(check(withClaims(c -> c.put("scope", ""))).verification().scopes()).isEmpty();
    assertThat(check(withClaims(c -> c.remove("scope"))).verification().scopes()).isEmpty();
    assertThat(
            check(withClaims(c -> c.put("scope", List.of("read", "write"))))
                .verification()
                .scopes())
        .containsExactlyInAnyOrder("read", "write");
  }

  @Test
  void malformedScopeRefusesTheToken() throws Exception {
    assertThat(reason(withClaims(c -> c.put("scope", 5)))).isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("scope", java.util.Map.of("a", 1)))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("scope", "read \"write\""))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("scope", "read\twrite"))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
    assertThat(reason(withClaims(c -> c.put("scope", "lecture-é"))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
    // Issue 21: the RFC 6749 section 3.3 grammar, not a repaired list.
    for (String list : List.of("read  write", " read", "read ", " ", " read  write ")) {
      assertThat(reason(withClaims(c -> c.put("scope", list))))
          .as(list)
          .isEqualTo(JwtRejection.INVALID_CLAIM);
    }
    assertThat(reason(withClaims(c -> c.put("scope", List.of("read", "")))))
        .isEqualTo(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void scpArrayIsReadOnlyWhenConfiguredAndNeverAsAFallback() throws Exception {
    JwtVerifier scp = Fixture.verifier().scopeClaim("scp").build();
    String token = withClaims(c -> c.put("scp", List.of("read", "write")));

    assertThat(scp.check(token).verification().scopes()).containsExactlyInAnyOrder("read", "write");
    assertThat(check(token).verification().scopes()).containsExactly("read");
    assertThat(scp.check(Fixture.vj()).verification().scopes()).isEmpty();
    assertThat(scp.check(withClaims(c -> c.put("scp", List.of("read write")))).rejection())
        .contains(JwtRejection.INVALID_CLAIM);
    assertThat(scp.check(withClaims(c -> c.put("scp", List.of("read", 1)))).rejection())
        .contains(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void principalClaimIsConfigurableButSubStaysRequired() throws Exception {
    JwtVerifier byClient = Fixture.verifier().principalClaim("client_id").build();

    assertThat(
            byClient.check(withClaims(c -> c.put("client_id", "app-1"))).verification().principal())
        .isEqualTo("app-1");
    assertThat(byClient.check(Fixture.vj()).rejection()).contains(JwtRejection.MISSING_CLAIM);
    assertThat(
            byClient
                .check(
                    withClaims(
                        c -> {
                          c.put("client_id", "app-1");
                          c.remove("sub");
                        }))
                .rejection())
        .contains(JwtRejection.MISSING_CLAIM);
  }
}
