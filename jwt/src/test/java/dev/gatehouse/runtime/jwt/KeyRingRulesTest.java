package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyRevocation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which keys a ring uses and why it refuses the others (security rules 1.5.5): each refusal has its
 * own sentence, because {@code keys(...)} reports it at start-up; candidate selection by key type,
 * curve, secret length and the per-token cap.
 */
class KeyRingRulesTest {
  private static final RSAKey RSA = Fixture.RSA;
  private static final ECKey EC = Fixture.EC;

  @Test
  void eachUnusableKeyIsNamedWithItsReason() throws Exception {
    RSAKey rsa = RSA.toPublicJWK();
    ECKey ec = EC.toPublicJWK();
    assertThat(KeyRing.problem(new RSAKey.Builder(rsa).keyUse(KeyUse.ENCRYPTION).build(), false))
        .isEqualTo("its \"use\" is not \"sig\"");
    assertThat(
            KeyRing.problem(
                new ECKey.Builder(ec).keyUse(null).keyOperations(Set.of(KeyOperation.SIGN)).build(),
                false))
        .isEqualTo("its \"key_ops\" lacks \"verify\"");
    assertThat(
            KeyRing.problem(
                new ECKey.Builder(ec).keyRevocation(new KeyRevocation(new Date(), null)).build(),
                false))
        .isEqualTo("it is revoked");
    assertThat(KeyRing.problem(RSA, false)).isEqualTo("it holds private key material");
    assertThat(KeyRing.problem(EC, false)).isEqualTo("it holds private key material");
    RSAKey small = new RSAKeyGenerator(1024, true).generate().toPublicJWK();
    assertThat(KeyRing.problem(small, false)).isEqualTo("RSA keys need at least 2048 bits");
    OctetSequenceKey secret = new OctetSequenceKey.Builder(new byte[32]).build();
    assertThat(KeyRing.problem(secret, false))
        .isEqualTo("HMAC secrets are only accepted from local configuration");
    assertThat(KeyRing.problem(secret, true)).isNull();
    assertThat(KeyRing.problem(new OctetSequenceKey.Builder(new byte[31]).build(), true))
        .isEqualTo("HMAC secrets need at least 256 bits");
    OctetKeyPair okp =
        OctetKeyPair.parse(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
                + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
    assertThat(KeyRing.problem(okp, false)).isEqualTo("key type OKP is not supported");
    assertThat(KeyRing.problem(rsa, false)).isNull();
    assertThat(KeyRing.problem(ec, false)).isNull();
  }

  @Test
  void configuredKeysExplainHowToFixAPrivateKey() {
    assertThatThrownBy(
            () -> KeyRing.configured(new JWKSet(RSA), List.of(JWSAlgorithm.RS256), false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "keys(...): key 0 cannot be used: it holds private key material;"
                + " pass JWKSet.toPublicJWKSet()");
    JWK enc = new RSAKey.Builder(RSA.toPublicJWK()).keyUse(KeyUse.ENCRYPTION).build();
    assertThatThrownBy(
            () -> KeyRing.configured(new JWKSet(enc), List.of(JWSAlgorithm.RS256), false))
        .hasMessage("keys(...): key 0 cannot be used: its \"use\" is not \"sig\"");
  }

  @Test
  void candidatesFitTheAlgorithmFamilyCurveAndSecretLength() throws Exception {
    ECKey p384 = new ECKeyGenerator(Curve.P_384).generate().toPublicJWK();
    OctetSequenceKey s256 = new OctetSequenceKey.Builder(new byte[32]).build();
    OctetSequenceKey s384 = new OctetSequenceKey.Builder(new byte[48]).build();
    KeyRing ring =
        KeyRing.of(
            List.of(RSA.toPublicJWK(), EC.toPublicJWK(), p384, s256, s384), true, (i, w) -> {});
    assertThat(ring.size()).isEqualTo(5);
    assertThat(jwks(ring.candidates(JWSAlgorithm.RS256, null))).containsExactly(RSA.toPublicJWK());
    // rsa-1 declares "alg": "RS256", so it is no candidate for PS256 although it could verify it.
    assertThat(ring.candidates(JWSAlgorithm.PS256, null)).isEmpty();
    RSAKey anyRsaAlg = new RSAKey.Builder(RSA.toPublicJWK()).algorithm(null).build();
    KeyRing unrestricted = KeyRing.of(List.of(anyRsaAlg), false, (i, w) -> {});
    assertThat(jwks(unrestricted.candidates(JWSAlgorithm.PS256, null))).containsExactly(anyRsaAlg);
    assertThat(jwks(ring.candidates(JWSAlgorithm.ES256, null))).containsExactly(EC.toPublicJWK());
    assertThat(jwks(ring.candidates(JWSAlgorithm.ES384, null))).containsExactly(p384);
    assertThat(ring.candidates(JWSAlgorithm.ES512, null)).isEmpty();
    assertThat(jwks(ring.candidates(JWSAlgorithm.HS256, null))).containsExactly(s256, s384);
    assertThat(jwks(ring.candidates(JWSAlgorithm.HS384, null))).containsExactly(s384);
    assertThat(ring.candidates(JWSAlgorithm.HS512, null)).isEmpty();
    assertThat(ring.candidates(JWSAlgorithm.EdDSA, null)).isEmpty();
  }

  @Test
  void atMostThreeCandidatesPerToken() throws Exception {
    List<JWK> keys = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      keys.add(new ECKeyGenerator(Curve.P_256).generate().toPublicJWK());
    }
    assertThat(KeyRing.of(keys, false, (i, w) -> {}).candidates(JWSAlgorithm.ES256, null))
        .hasSize(KeyRing.MAX_CANDIDATES);
    KeyRing two = KeyRing.of(keys.subList(0, 2), false, (i, w) -> {});
    assertThat(two.candidates(JWSAlgorithm.ES256, null)).hasSize(2);
  }

  private static List<JWK> jwks(List<KeyRing.Key> keys) {
    return keys.stream().map(KeyRing.Key::jwk).toList();
  }
}
