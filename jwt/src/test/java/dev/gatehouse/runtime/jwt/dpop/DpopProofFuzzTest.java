package dev.gatehouse.runtime.jwt.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.runtime.DpopProofChecker.DpopResult;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the DPoP proof parser and checks, {@link DpopProofVerifier#check}, with a fixed key, clock
 * and request (GET https://api.example.com/accounts at T0, token {@code "at"}): whatever the input,
 * the answer is valid or {@code invalid_dpop_proof} with a fixed description, never an exception,
 * the same twice in a row; an accepted proof is signed by the key in its own header (checked here
 * with nimbus's verifier), that key is public, and its claims pass a reference check written here
 * from RFC 9449 section 4.3.
 *
 * <p>Input, two forms: a line without {@code \n} is the proof as sent; {@code header-json \n
 * payload-json} is signed with the fixed P-256 key here under ES256, whatever the header says, so
 * the fuzzer explores the rules behind the signature.
 */
class DpopProofFuzzTest {
  static final ECKey KEY =
      parse(
          "{\"kty\":\"EC\",\"d\":\"eAt7jvk2J-aB4_Iw1-Y-4B7OQZy4_jgmzu3QUvy-CbY\",\"crv\":\"P-256\","
              + "\"x\":\"3LNJ6Y6CvQs2W6c3wMnE6OdAy91N-u0BCVJnvH28Ye4\","
              + "\"y\":\"1jA-AfDxpTM5Q5ZC9Yh41Ymi0JvsN312cAw0kDFSa3Y\"}");
  static final String TOKEN = "at";

  /** Every proof is new to this store, so that checking twice gives the same answer. */
  private static final DpopProofVerifier VERIFIER =
      DpopProofVerifier.builder()
          .clock(DpopFixture.CLOCK)
          .replayStore((key, expiry) -> true)
          .build();

  private static final Set<String> DESCRIPTIONS_START = Set.of("The DPoP proof", "The request URL");

  @FuzzTest(maxDuration = "10m")
  void proofCheck(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    String proof = text;
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      proof = signed(text.substring(0, newline), text.substring(newline + 1));
    }
    DpopFixture.Request request = DpopFixture.request();
    DpopResult first = VERIFIER.check(request, proof, TOKEN);
    DpopResult second = VERIFIER.check(request, proof, TOKEN);
    assertThat(second).isEqualTo(first);
    if (!first.isValid()) {
      assertThat(first.error()).isEqualTo("invalid_dpop_proof");
      assertThat(DESCRIPTIONS_START).anyMatch(first.description()::startsWith);
      assertThat(first.description())
          .doesNotContain(proof.length() > 8 ? proof.substring(0, 8) : "\u0000");
      return;
    }
    SignedJWT jwt = SignedJWT.parse(proof);
    JWK jwk = jwt.getHeader().getJWK();
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(jwt.getHeader().getType().toString()).isEqualTo("dpop+jwt");
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.verify(new ECDSAVerifier(jwk.toECKey()))).isTrue();
    assertThat(first.thumbprint()).isEqualTo(jwk.computeThumbprint().toString());
    Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
    assertThat(claims.get("htm")).isEqualTo("GET");
    assertThat(claims.get("ath")).isEqualTo(DpopFixture.ath(TOKEN));
    assertThat(claims.get("jti")).isInstanceOf(String.class);
    assertThat(((Number) claims.get("iat")).doubleValue())
        .isBetween(DpopFixture.T0 - 65d, DpopFixture.T0 + 5d);
    assertThat((String) claims.get("htu")).containsIgnoringCase("api.example.com");
  }

  /** {@code header.payload} signed with the fixed key under ES256, whatever the JSON says. */
  static String signed(String header, String payload) {
    String input = DpopFixture.b64(header) + "." + DpopFixture.b64(payload);
    try {
      return input
          + "."
          + new com.nimbusds.jose.crypto.ECDSASigner(KEY)
              .sign(
                  new com.nimbusds.jose.JWSHeader(JWSAlgorithm.ES256),
                  input.getBytes(StandardCharsets.US_ASCII));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new AssertionError(e);
    }
  }

  private static ECKey parse(String json) {
    try {
      return ECKey.parse(json);
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }
}
