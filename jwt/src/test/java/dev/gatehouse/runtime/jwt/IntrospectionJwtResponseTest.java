package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.ISSUER;
import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 9701 signed introspection answers: asked for with {@code Accept:
 * application/token-introspection+jwt}, verified by nimbus-jose-jwt against the authorization
 * server's keys, and nothing unsigned, mistyped or misaddressed is believed.
 */
class IntrospectionJwtResponseTest {
  private static final String CLIENT = "orders-api";
  private static final String TOKEN = "opaque-token";
  private static final String JWT_TYPE = "application/token-introspection+jwt";
  private static final RSAKey OTHER = Fixture.rsa("rsa-other");

  private final IntrospectionServer server = new IntrospectionServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private IntrospectionVerifier verifier() {
    return IntrospectionVerifier.builder()
        .endpoint(server.url())
        .clientCredentials(CLIENT, "secret")
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .clock(new MutableClock(T0))
        .jwtResponses(new JWKSet(Fixture.RSA.toPublicJWK()), JWSAlgorithm.RS256)
        .build();
  }

  /** The RFC 9701 answer: {@code inner} as token_introspection, signed by {@code key}. */
  private static String signed(
      JWK key, String typ, UnaryOperator<JWTClaimsSet.Builder> edit, String inner)
      throws Exception {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(CLIENT)
            .issueTime(new Date(T0 * 1000))
            .claim("token_introspection", JSONObjectUtils.parse(inner));
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.getKeyID())
            .type(typ == null ? null : new JOSEObjectType(typ))
            .build();
    return Fixture.sign(header, edit.apply(claims).build(), key);
  }

  private static String signed(String inner) throws Exception {
    return signed(Fixture.RSA, "token-introspection+jwt", c -> c, inner);
  }

  @Test
  void aSignedActiveAnswerIsAcceptedAndAskedForByType() throws Exception {
    server.answer(200, JWT_TYPE, signed(IntrospectionVerifierTest.active()));
    JwtCheck check = verifier().check(TOKEN);

    assertThat(check.isValid()).isTrue();
    assertThat(check.verification().principal()).isEqualTo("alice");
    assertThat(server.requests.get(0).accept()).isEqualTo(JWT_TYPE);
  }

  @Test
  void aSignedInactiveAnswerIsInactive() throws Exception {
    server.answer(200, JWT_TYPE, signed("{\"active\":false}"));
    assertThat(verifier().check(TOKEN).rejection()).contains(JwtRejection.INACTIVE);
  }

  @Test
  void aPlainJsonAnswerIsNotBelievedWhenJwtWasRequired() {
    server.answer(IntrospectionVerifierTest.active());
    assertUnavailable("a Content-Type other than " + JWT_TYPE);
  }

  @Test
  void forgedOrMisaddressedAnswersAreRefused() throws Exception {
    String active = IntrospectionVerifierTest.active();
    String[] answers = {
      signed(OTHER, "token-introspection+jwt", c -> c, active),
      signed(Fixture.RSA, "JWT", c -> c, active),
      signed(Fixture.RSA, null, c -> c, active),
      signed(Fixture.RSA, "token-introspection+jwt", c -> c.audience("someone-else"), active),
      signed(Fixture.RSA, "token-introspection+jwt", c -> c.issuer("https://evil.test"), active),
      signed(Fixture.RSA, "token-introspection+jwt", c -> c.issueTime(null), active),
      // alg none: the signed answer with its signature stripped and the header replaced.
      Fixture.b64("{\"alg\":\"none\",\"typ\":\"token-introspection+jwt\"}")
          + "."
          + signed(active).split("\\.")[1]
          + ".",
    };
    for (String answer : answers) {
      server.answer(200, JWT_TYPE, answer);
      assertUnavailable("failed verification");
    }
  }

  @Test
  void aJwtWithoutTheIntrospectionClaimOrNotAJwtIsRefused() throws Exception {
    server.answer(
        200,
        JWT_TYPE,
        signed(
            Fixture.RSA,
            "token-introspection+jwt",
            c -> c.claim("token_introspection", null),
            "{}"));
    assertUnavailable("introspection response JWT");
    server.answer(200, JWT_TYPE, "{\"active\":true}");
    assertUnavailable("not a signed JWT");
  }

  @Test
  void jwtResponsesTakePublicAsymmetricKeysOnly() {
    assertThatThrownBy(
            () ->
                IntrospectionVerifier.builder()
                    .jwtResponses(new JWKSet(Fixture.RSA), JWSAlgorithm.RS256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public keys");
    assertThatThrownBy(
            () ->
                IntrospectionVerifier.builder()
                    .jwtResponses(new JWKSet(Fixture.RSA.toPublicJWK()), JWSAlgorithm.HS256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asymmetric");
  }

  private void assertUnavailable(String why) {
    assertThatThrownBy(() -> verifier().check(TOKEN))
        .isInstanceOf(IntrospectionUnavailableException.class)
        .hasMessageContaining(why);
  }
}
