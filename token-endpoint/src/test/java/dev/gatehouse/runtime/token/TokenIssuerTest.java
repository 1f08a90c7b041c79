package dev.gatehouse.runtime.token;

import static dev.gatehouse.runtime.token.TokenFixture.AUDIENCE;
import static dev.gatehouse.runtime.token.TokenFixture.CLOCK;
import static dev.gatehouse.runtime.token.TokenFixture.EC_KEY;
import static dev.gatehouse.runtime.token.TokenFixture.ISSUER;
import static dev.gatehouse.runtime.token.TokenFixture.RSA_KEY;
import static dev.gatehouse.runtime.token.TokenFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {

  private static TokenIssuer.Builder builder(JWK key) {
    return TokenIssuer.builder(key).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK);
  }

  @Test
  void signsAnRfc9068AccessTokenThatNimbusVerifiesWithThePublishedKey() throws Exception {
    TokenIssuer issuer = builder(RSA_KEY).build();
    IssuedToken token = issuer.issue("alice", List.of("read", "write"), "web");

    SignedJWT jwt = SignedJWT.parse(token.value());
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("rsa-1");
    assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
    assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid", "typ");

    JWTClaimsSet claims = TokenFixture.verify(token.value(), issuer, JWSAlgorithm.RS256);
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getAudience()).containsExactly(AUDIENCE);
    assertThat(claims.getIssueTime().toInstant().getEpochSecond()).isEqualTo(T0);
    assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
    assertThat(claims.getExpirationTime().toInstant().getEpochSecond()).isEqualTo(T0 + 900);
    assertThat(claims.getStringClaim("scope")).isEqualTo("read write");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("web");
    assertThat(claims.getJWTID()).isEqualTo(token.tokenId());
    assertThat(claims.getClaims())
        .containsOnlyKeys("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "scope", "client_id");

    assertThat(token.issuedAt().getEpochSecond()).isEqualTo(T0);
    assertThat(token.expiresIn()).isEqualTo(Duration.ofMinutes(15));
    assertThat(token.toString()).doesNotContain(token.value()).contains(token.tokenId());
  }

  @Test
  void expiryIsIssuedAtPlusTheConfiguredLifetime() throws Exception {
    TokenIssuer issuer = builder(RSA_KEY).lifetime(Duration.ofSeconds(300)).build();
    JWTClaimsSet claims =
        TokenFixture.verify(
            issuer.issue("alice", List.of(), null).value(), issuer, JWSAlgorithm.RS256);
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(300_000);
    assertThat(claims.getClaims()).doesNotContainKeys("scope", "client_id");
  }

  @Test
  void jtiIsFreshAnd128Bits() throws Exception {
    TokenIssuer issuer = builder(RSA_KEY).build();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      String jti = issuer.issue("alice", List.of(), null).tokenId();
      assertThat(Base64.getUrlDecoder().decode(jti)).hasSize(16);
      ids.add(jti);
    }
    assertThat(ids).hasSize(50);
  }

  @Test
  void signsWithEcKeysByCurve() throws Exception {
    TokenIssuer issuer = builder(EC_KEY).build();
    IssuedToken token = issuer.issue("alice", List.of("read"), null);
    assertThat(SignedJWT.parse(token.value()).getHeader().getAlgorithm())
        .isEqualTo(JWSAlgorithm.ES256);
    assertThat(TokenFixture.verify(token.value(), issuer, JWSAlgorithm.ES256).getSubject())
        .isEqualTo("alice");
  }

  @Test
  void honoursTheKeysOwnRsaAlgorithm() throws Exception {
    RSAKey ps256 = new RSAKey.Builder(RSA_KEY).algorithm(JWSAlgorithm.PS256).build();
    TokenIssuer issuer = builder(ps256).build();
    String token = issuer.issue("alice", List.of(), null).value();
    assertThat(TokenFixture.verify(token, issuer, JWSAlgorithm.PS256).getSubject())
        .isEqualTo("alice");
  }

  @Test
  void publishesOnlyThePublicKeyWithAlgAndUse() {
    JWK published = builder(RSA_KEY).build().publicJwkSet().getKeys().get(0);
    assertThat(published.isPrivate()).isFalse();
    assertThat(published.getKeyID()).isEqualTo("rsa-1");
    assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    assertThat(published.toJSONObject()).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
  }

  @Test
  void tokensFromAnotherKeyDoNotVerify() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    String forged = builder(other).build().issue("alice", List.of(), null).value();
    assertThatThrownBy(
            () -> TokenFixture.verify(forged, builder(RSA_KEY).build(), JWSAlgorithm.RS256))
        .isInstanceOf(BadJOSEException.class);
  }

  @Test
  void refusesUnsuitableKeysAndConfiguration() throws Exception {
    assertThatThrownBy(() -> builder(RSA_KEY.toPublicJWK()).build())
        .hasMessageContaining("private");
    assertThatThrownBy(() -> builder(new RSAKey.Builder(RSA_KEY).keyID(null).build()).build())
        .hasMessageContaining("kid");
    assertThatThrownBy(
            () -> builder(new RSAKey.Builder(RSA_KEY).keyUse(KeyUse.ENCRYPTION).build()).build())
        .hasMessageContaining("use");
    assertThatThrownBy(
            () -> builder(new RSAKeyGenerator(1024, true).keyID("weak").generate()).build())
        .hasMessageContaining("2048");
    assertThatThrownBy(
            () ->
                builder(new RSAKey.Builder(RSA_KEY).algorithm(JWSAlgorithm.ES256).build()).build())
        .hasMessageContaining("RSA key cannot sign");
    assertThatThrownBy(
            () -> builder(new OctetSequenceKeyGenerator(256).keyID("hmac").generate()).build())
        .hasMessageContaining("RSA or EC");
    assertThatThrownBy(
            () ->
                builder(
                        new ECKeyGenerator(Curve.P_384)
                            .keyID("ec")
                            .algorithm(JWSAlgorithm.ES256)
                            .generate())
                    .build())
        .hasMessageContaining("ES384");
    assertThatThrownBy(() -> TokenIssuer.builder(RSA_KEY).audience(AUDIENCE).build())
        .hasMessageContaining("issuer");
    assertThatThrownBy(() -> TokenIssuer.builder(RSA_KEY).issuer(ISSUER).build())
        .hasMessageContaining("audience");
    assertThatThrownBy(() -> builder(RSA_KEY).lifetime(Duration.ofHours(2)).build())
        .hasMessageContaining("lifetime");
    assertThatThrownBy(() -> builder(RSA_KEY).lifetime(Duration.ZERO).build())
        .hasMessageContaining("lifetime");
    assertThatThrownBy(() -> builder(RSA_KEY).lifetime(Duration.ofMillis(1500)).build())
        .hasMessageContaining("lifetime");
  }

  @Test
  void refusesAnEmptySubjectAndMalformedScopes() {
    TokenIssuer issuer = builder(RSA_KEY).build();
    assertThatThrownBy(() -> issuer.issue("", List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> issuer.issue("alice", List.of("two words"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNamesTheKeyButShowsNoKeyMaterial() {
    String text = builder(RSA_KEY).build().toString();
    assertThat(text).contains("kid=rsa-1").contains("alg=RS256").contains(ISSUER);
    assertThat(text)
        .doesNotContain(RSA_KEY.getPrivateExponent().toString())
        .doesNotContain(RSA_KEY.getModulus().toString());
  }
}
