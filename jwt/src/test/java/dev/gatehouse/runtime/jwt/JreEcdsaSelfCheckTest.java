package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * Guards the deployment, not the library: fails on a JRE that accepts the all-zero ECDSA signature
 * of CVE-2022-21449 (JDK 15 to 18 before the April 2022 CPU), like nimbus's {@code
 * ECDSATest.test_default_JCE_for_CVE_2022_21449__zeroSignature}.
 */
class JreEcdsaSelfCheckTest {

  private static boolean verifies(String algorithm, byte[] signature) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(pair.getPublic());
    verifier.update("psychic paper".getBytes(StandardCharsets.UTF_8));
    try {
      return verifier.verify(signature);
    } catch (SignatureException e) {
      return false;
    }
  }

  @Test
  void jreRefusesTheZeroSignatureInP1363Form() throws Exception {
    assertThat(verifies("SHA256withECDSAinP1363Format", new byte[64])).isFalse();
  }

  @Test
  void jreRefusesTheZeroSignatureInDerForm() throws Exception {
    byte[] derZero = {0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00};
    assertThat(verifies("SHA256withECDSA", derZero)).isFalse();
  }
}
