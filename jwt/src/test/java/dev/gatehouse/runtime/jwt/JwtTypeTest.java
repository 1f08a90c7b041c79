package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code typ} rules: RFC 8725 section 3.11 by default, RFC 9068 section 4 when opted in. */
class JwtTypeTest {
  private static final String RFC9068_PAYLOAD =
      "{\"iss\":\"https://issuer.test\",\"sub\":\"alice\",\"aud\":\"api://test\","
          + "\"exp\":1700003600,\"iat\":1700000000,\"jti\":\"j-1\",\"client_id\":\"app-1\","
          + "\"scope\":\"read\"}";

  private final JwtVerifier lenient = Fixture.verifier().build();
  private final JwtVerifier typed = Fixture.verifier().requireAccessTokenType(true).build();

  private static String header(String typ) {
    return "{\"alg\":\"RS256\",\"kid\":\"rsa-1\"" + (typ == null ? "" : ",\"typ\":" + typ) + "}";
  }

  private static String token(String typ, String payload) {
    return Fixture.signRaw(header(typ), payload, JWSAlgorithm.RS256, Fixture.RSA);
  }

  @Test
  void defaultPolicyAcceptsAbsentJwtAndAtJwtInAnyCase() throws Exception {
    for (String typ :
        List.of(
            "\"JWT\"", "\"jwt\"", "\"application/jwt\"", "\"at+jwt\"", "\"application/AT+JWT\"")) {
      assertThat(lenient.check(withHeader(header(typ))).isValid()).as(typ).isTrue();
    }
    assertThat(lenient.check(withHeader(header(null))).isValid()).isTrue();
  }

  @Test
  void anyOtherTypeIsRefused() throws Exception {
    for (String typ :
        List.of(
            "\"JOSE\"",
            "\"secevent+jwt\"",
            "\"dpop+jwt\"",
            "\"\"",
            "\"at+jwt; charset=utf-8\"",
            "\"text/jwt\"")) {
      assertThat(lenient.check(withHeader(header(typ))).rejection())
          .as(typ)
          .contains(JwtRejection.WRONG_TYPE);
    }
    assertThat(lenient.check(withHeader(header("1"))).rejection()).contains(JwtRejection.MALFORMED);
    assertThat(lenient.check(withHeader(header("null"))).rejection())
        .contains(JwtRejection.MALFORMED);
  }

  @Test
  void rfc9068ModeAcceptsAnAtJwtWithItsRequiredClaims() throws Exception {
    JwtCheck check = typed.check(token("\"at+jwt\"", RFC9068_PAYLOAD));
    assertThat(check.isValid()).isTrue();
    assertThat(typed.check(token("\"application/at+jwt\"", RFC9068_PAYLOAD)).isValid()).isTrue();
  }

  @Test
  void rfc9068ModeRefusesIdTokensAndUntypedTokens() throws Exception {
    // An ID token: typ JWT (or none), otherwise a well-formed token of the same issuer.
    assertThat(typed.check(token("\"JWT\"", RFC9068_PAYLOAD)).rejection())
        .contains(JwtRejection.WRONG_TYPE);
    assertThat(typed.check(token(null, RFC9068_PAYLOAD)).rejection())
        .contains(JwtRejection.WRONG_TYPE);
    assertThat(typed.check(Fixture.vj()).rejection()).contains(JwtRejection.WRONG_TYPE);
  }

  @Test
  void rfc9068ModeRequiresJtiClientIdAndIat() throws Exception {
    for (String claim : List.of("jti", "client_id", "iat")) {
      String payload = RFC9068_PAYLOAD.replace("\"" + claim + "\"", "\"x-" + claim + "\"");
      assertThat(typed.check(token("\"at+jwt\"", payload)).rejection())
          .as(claim)
          .contains(JwtRejection.MISSING_CLAIM);
    }
  }

  @Test
  void idTokenForAnotherAudienceIsRefusedEvenWithoutTyping() throws Exception {
    String idToken =
        token(
            "\"JWT\"",
            RFC9068_PAYLOAD
                .replace("api://test", "client-123")
                .replace("\"scope\":\"read\"", "\"nonce\":\"n-0S6\""));
    assertThat(lenient.check(idToken).rejection()).contains(JwtRejection.WRONG_AUDIENCE);
  }
}
