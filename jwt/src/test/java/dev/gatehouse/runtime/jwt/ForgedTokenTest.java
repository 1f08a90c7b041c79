package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.b64;
import static dev.gatehouse.runtime.jwt.Fixture.vjPayload;
import static dev.gatehouse.runtime.jwt.Fixture.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forged-token attacks of security rules 1.11 and the header rules of 1.4 (P8). */
class ForgedTokenTest {
  private final JwtVerifier verifier = Fixture.verifier().build();

  private JwtRejection reason(String token) throws Exception {
    JwtCheck check = verifier.check(token);
    assertThat(check.verification().isGranted()).isFalse();
    return check.rejection().orElseThrow();
  }

  private static String[] parts(String token) {
    return token.split("\\.", -1);
  }

  @Test
  void algNoneInAnySpellingIsRefused() throws Exception {
    for (String alg : List.of("none", "None", "NONE", "nOnE")) {
      String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");
      // RFC 7519 section 6.1: an unsecured JWT has an empty signature.
      assertThat(reason(header + "." + b64(vjPayload()) + "."))
          .as(alg)
          .isEqualTo(JwtRejection.MALFORMED);
      // With some signature bytes it still never gets near a key.
      assertThat(reason(header + "." + b64(vjPayload()) + ".c2ln"))
          .as(alg)
          .isEqualTo(JwtRejection.DISALLOWED_ALGORITHM);
    }
    String plain = new PlainJWT(Fixture.claims().build()).serialize();
    assertThat(reason(plain)).isEqualTo(JwtRejection.MALFORMED);
  }

  @Test
  void hs256SignedWithTheRsaPublicKeyIsRefused() throws Exception {
    // Key confusion (CVE-2015-9235 and ports): the public key, as DER and as PEM, used as secret.
    byte[] der = Fixture.RSA.toRSAPublicKey().getEncoded();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(der)
            + "\n-----END PUBLIC KEY-----\n";
    for (byte[] secret : List.of(der, pem.getBytes(StandardCharsets.US_ASCII))) {
      OctetSequenceKey confused = new OctetSequenceKey.Builder(secret).build();
      String token =
          Fixture.signRaw(
              "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"rsa-1\"}",
              vjPayload(),
              JWSAlgorithm.HS256,
              confused);
      assertThat(reason(token)).isEqualTo(JwtRejection.DISALLOWED_ALGORITHM);
    }
  }

  @Test
  void ecdsaPsychicSignaturesAreRefused() throws Exception {
    // CVE-2022-21449: r = s = 0, and r = s = n (the curve order), in R || S form.
    String es256 = b64("{\"alg\":\"ES256\",\"kid\":\"ec-1\"}") + "." + b64(vjPayload()) + ".";
    byte[] n =
        HexFormat.of().parseHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
    byte[] rsIsN = new byte[64];
    System.arraycopy(n, 0, rsIsN, 0, 32);
    System.arraycopy(n, 0, rsIsN, 32, 32);
    byte[] derZero = {0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00};

    assertThat(reason(es256 + b64(new byte[64]))).isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(es256 + b64(rsIsN))).isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(es256 + b64(derZero))).isEqualTo(JwtRejection.BAD_SIGNATURE);
  }

  @Test
  void unknownKidIsRefused() throws Exception {
    RSAKey stranger = Fixture.rsa("rsa-2");
    String token =
        Fixture.sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-2").build(),
            Fixture.claims().build(),
            stranger);
    assertThat(reason(token)).isEqualTo(JwtRejection.UNKNOWN_KEY);
    // The attacker's key under our kid: the signature does not verify.
    String spoofed = Fixture.sign(Fixture.rsaHeader().build(), Fixture.claims().build(), stranger);
    assertThat(reason(spoofed)).isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(withHeader("{\"alg\":\"RS256\",\"kid\":\"../../etc/passwd\"}")))
        .isEqualTo(JwtRejection.UNKNOWN_KEY);
  }

  @Test
  void kidOfAKeyForAnotherAlgorithmIsRefused() throws Exception {
    String es256UnderRsaKid =
        Fixture.sign(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("rsa-1").build(),
            Fixture.claims().build(),
            Fixture.EC);
    String rs256UnderEcKid = withHeader("{\"alg\":\"RS256\",\"kid\":\"ec-1\"}");
    assertThat(reason(es256UnderRsaKid)).isEqualTo(JwtRejection.UNKNOWN_KEY);
    assertThat(reason(rs256UnderEcKid)).isEqualTo(JwtRejection.UNKNOWN_KEY);

    // The JWK's own alg pins it: rsa-1 is RS256-only even when PS256 is allowed.
    RSAKey pss = new RSAKey.Builder(Fixture.rsa("rsa-ps")).algorithm(JWSAlgorithm.PS256).build();
    JwtVerifier both =
        Fixture.base()
            .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.PS256)
            .keys(new JWKSet(List.of(Fixture.RSA, pss)).toPublicJWKSet())
            .build();
    assertThat(
            both.check(
                    Fixture.signRaw(
                        "{\"alg\":\"PS256\",\"kid\":\"rsa-1\"}",
                        vjPayload(),
                        JWSAlgorithm.PS256,
                        Fixture.RSA))
                .rejection())
        .contains(JwtRejection.UNKNOWN_KEY);
    assertThat(
            both.check(
                    Fixture.signRaw(
                        "{\"alg\":\"PS256\",\"kid\":\"rsa-ps\"}",
                        vjPayload(),
                        JWSAlgorithm.PS256,
                        pss))
                .isValid())
        .isTrue();
  }

  @Test
  void embeddedKeysAndKeyUrlsAreRefused() throws Exception {
    // D09: the attacker's own key embedded in the header, the token signed with it.
    RSAKey attacker = Fixture.rsa("rsa-1");
    String jwk = attacker.toPublicJWK().toJSONString();
    String embedded =
        Fixture.signRaw(
            "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"jwk\":" + jwk + "}",
            vjPayload(),
            JWSAlgorithm.RS256,
            attacker);
    assertThat(reason(embedded)).isEqualTo(JwtRejection.DISALLOWED_HEADER);
    // Even validly signed by rsa-1, jku / x5u / jwk refuse the token (decision P8).
    for (String extra :
        List.of(
            "\"jku\":\"https://evil.test/jwks\"",
            "\"x5u\":\"https://evil.test/cert.pem\"",
            "\"jwk\":" + jwk,
            "\"jku\":null")) {
      assertThat(reason(withHeader("{\"alg\":\"RS256\",\"kid\":\"rsa-1\"," + extra + "}")))
          .as(extra)
          .isEqualTo(JwtRejection.DISALLOWED_HEADER);
    }
  }

  @Test
  void critAndB64AreRefusedInEveryForm() throws Exception {
    for (String crit :
        List.of(
            "\"crit\":[\"exp\"]",
            "\"crit\":[]",
            "\"crit\":null",
            "\"crit\":\"exp\",\"exp\":1",
            "\"crit\":[\"alg\"]",
            "\"b64\":false,\"crit\":[\"b64\"]",
            "\"b64\":true")) {
      assertThat(reason(withHeader("{\"alg\":\"RS256\",\"kid\":\"rsa-1\"," + crit + "}")))
          .as(crit)
          .isEqualTo(JwtRejection.DISALLOWED_HEADER);
    }
  }

  @Test
  void jweAndNestedTokensAreRefusedWithoutDecrypting() throws Exception {
    // CVE-2026-29000: a JWE, made with the server's public key, wrapping an unsigned JWT.
    JWEObject jwe =
        new JWEObject(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM)
                .contentType("JWT")
                .build(),
            new Payload(new PlainJWT(Fixture.claims().build()).serialize()));
    jwe.encrypt(new RSAEncrypter(Fixture.RSA.toRSAPublicKey()));
    assertThat(reason(jwe.serialize())).isEqualTo(JwtRejection.ENCRYPTED_OR_NESTED);

    // CVE-2023-52428: a PBES2 header with a huge iteration count costs nothing to refuse.
    String pbes2 =
        b64(
            "{\"alg\":\"PBES2-HS256+A128KW\",\"enc\":\"A128GCM\",\"p2c\":2147483647,"
                + "\"p2s\":\"c2FsdHNhbHQ\"}");
    assertThat(reason(pbes2 + ".AAAA.AAAA.AAAA.AAAA")).isEqualTo(JwtRejection.ENCRYPTED_OR_NESTED);

    assertThat(reason(withHeader("{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"enc\":\"A128GCM\"}")))
        .isEqualTo(JwtRejection.ENCRYPTED_OR_NESTED);
    assertThat(reason(withHeader("{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"cty\":\"JWT\"}")))
        .isEqualTo(JwtRejection.ENCRYPTED_OR_NESTED);
  }

  @Test
  void tamperedTokensAreRefused() throws Exception {
    String[] vj = parts(Fixture.vj());
    String admin = b64(vjPayload().replace("\"alice\"", "\"admin\""));
    String otherHeader = b64("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"rsa-1\"}");
    String otherSignature = parts(Fixture.withClaims(c -> c.put("sub", "admin")))[2];

    assertThat(reason(vj[0] + "." + admin + "." + vj[2])).isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(otherHeader + "." + vj[1] + "." + vj[2]))
        .isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(vj[0] + "." + vj[1] + "." + otherSignature))
        .isEqualTo(JwtRejection.BAD_SIGNATURE);
  }

  @Test
  void truncatedOrExtendedSignaturesAreRefused() throws Exception {
    String[] vj = parts(Fixture.vj());
    byte[] signature = new Base64URL(vj[2]).decode();
    String es =
        Fixture.sign(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(),
            Fixture.claims().build(),
            Fixture.EC);
    String[] esParts = parts(es);
    byte[] esSignature = new Base64URL(esParts[2]).decode();

    assertThat(reason(vj[0] + "." + vj[1] + "." + b64(java.util.Arrays.copyOf(signature, 255))))
        .isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(vj[0] + "." + vj[1] + "." + b64(java.util.Arrays.copyOf(signature, 257))))
        .isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(
            reason(
                esParts[0]
                    + "."
                    + esParts[1]
                    + "."
                    + b64(java.util.Arrays.copyOf(esSignature, 63))))
        .isEqualTo(JwtRejection.BAD_SIGNATURE);
    assertThat(reason(vj[0] + "." + vj[1] + "." + vj[2].substring(0, 8)))
        .isEqualTo(JwtRejection.BAD_SIGNATURE);
  }
}
