package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.b64;
import static dev.gatehouse.runtime.jwt.Fixture.vjPayload;
import static dev.gatehouse.runtime.jwt.Fixture.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.BearerToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile token syntax (security rules 1.4 steps 1 to 3, 8 and 11): every input ends
 * in a rejection, never in an exception.
 */
class HostileTokenTest {
  private final JwtVerifier verifier = Fixture.verifier().build();

  private JwtRejection reason(String token) throws Exception {
    JwtCheck check = verifier.check(token);
    assertThat(check.isValid()).isFalse();
    return check.rejection().orElseThrow();
  }

  private static String signedPayload(String payloadJson) {
    return Fixture.signRaw(Fixture.VJ_HEADER, payloadJson, JWSAlgorithm.RS256, Fixture.RSA);
  }

  @Test
  void oversizedTokensAreRefusedBeforeDecoding() throws Exception {
    String big = Fixture.withClaims(c -> c.put("pad", "x".repeat(9000)));
    assertThat(reason("a".repeat(8193))).isEqualTo(JwtRejection.TOO_LARGE);
    assertThat(reason(big)).isEqualTo(JwtRejection.TOO_LARGE);
    assertThat(Fixture.verifier().maxTokenLength(16 * 1024).build().check(big).isValid()).isTrue();
  }

  @Test
  void segmentStructureIsStrict() throws Exception {
    String[] vj = Fixture.vj().split("\\.");
    for (String token :
        List.of(
            "",
            ".",
            "..",
            "...",
            "a.b",
            "a.b.c.d",
            "a.b.c.d.e.f",
            vj[0] + ".." + vj[2],
            "." + vj[1] + "." + vj[2],
            vj[0] + "." + vj[1] + ".",
            Fixture.vj() + ".",
            " " + Fixture.vj(),
            Fixture.vj() + "\n")) {
      assertThat(reason(token)).as(token).isEqualTo(JwtRejection.MALFORMED);
    }
  }

  @Test
  void base64urlIsStrict() throws Exception {
    String[] vj = Fixture.vj().split("\\.");
    String header = vj[0];
    List<String> bad = new ArrayList<>();
    bad.add(header + "=." + vj[1] + "." + vj[2]); // padding
    bad.add(header.substring(0, 4) + " " + header.substring(4) + "." + vj[1] + "." + vj[2]);
    bad.add(header.replace('-', '+').replace('_', '/') + "+/." + vj[1] + "." + vj[2]);
    bad.add(vj[0] + "." + vj[1] + "." + vj[2] + "=="); // padded signature
    // {"alg":"RS256"} is 15 bytes: its last base64 character carries 2 unused bits.
    String canonical = b64("{\"alg\":\"RS256\"}");
    char last = canonical.charAt(canonical.length() - 1);
    String nonCanonical = canonical.substring(0, canonical.length() - 1) + (char) (last + 1);
    bad.add(nonCanonical + "." + vj[1] + "." + vj[2]);
    bad.add("A." + vj[1] + "." + vj[2]); // impossible length
    for (String token : bad) {
      assertThat(reason(token)).as(token).isEqualTo(JwtRejection.MALFORMED);
    }
  }

  @Test
  void headerMustBeOneStrictUtf8JsonObjectWithoutDuplicates() throws Exception {
    String rest = "." + b64(vjPayload()) + ".c2ln";
    for (String header :
        List.of(
            "[1]",
            "null",
            "\"RS256\"",
            "{}",
            "{\"alg\":1}",
            "{\"alg\":null}",
            "{\"alg\":\"RS256\",\"alg\":\"none\"}",
            "{\"alg\":\"RS256\"} x",
            "{\"alg\":\"RS256\",}",
            "{'alg':'RS256'}",
            "{\"alg\":\"RS256\",\"x\":NaN}")) {
      assertThat(reason(b64(header) + rest)).as(header).isEqualTo(JwtRejection.MALFORMED);
    }
    byte[] notUtf8 = {'{', '"', 'a', 'l', 'g', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
    assertThat(reason(b64(notUtf8) + rest)).isEqualTo(JwtRejection.MALFORMED);
  }

  @Test
  void algMustMatchTheAllowlistExactly() throws Exception {
    for (String alg : List.of("rs256", "RS256 ", "Rs256", "HS256", "PS256", "ES384", "EdDSA", "")) {
      assertThat(reason(b64("{\"alg\":\"" + alg + "\"}") + "." + b64(vjPayload()) + ".c2ln"))
          .as(alg)
          .isEqualTo(JwtRejection.DISALLOWED_ALGORITHM);
    }
  }

  @Test
  void kidMustBeShortPrintableText() throws Exception {
    for (String kid :
        List.of(
            "\"\"",
            "\"rsa-1\\r\\nX-Injected: 1\"",
            "1",
            "null",
            "[\"rsa-1\"]",
            "\"" + "k".repeat(257) + "\"",
            "\"caf\u00e9\"")) {
      assertThat(reason(withHeader("{\"alg\":\"RS256\",\"kid\":" + kid + "}")))
          .as(kid)
          .isEqualTo(JwtRejection.MALFORMED);
    }
  }

  @Test
  void payloadMustBeOneStrictJsonObjectWithoutDuplicateClaims() throws Exception {
    String vj = vjPayload();
    for (String payload :
        List.of(
            "[1]",
            "null",
            "not json",
            vj + " {}",
            vj.replace("\"sub\":\"alice\"", "\"sub\":\"alice\",\"sub\":\"admin\""),
            vj.replace("\"sub\":\"alice\"", "\"sub\":\"alice\",\"n\":NaN"))) {
      assertThat(reason(signedPayload(payload))).as(payload).isEqualTo(JwtRejection.MALFORMED);
    }
  }

  @Test
  void deeplyNestedJsonIsRefusedNotThrown() throws Exception {
    JwtVerifier roomy = Fixture.verifier().maxTokenLength(64 * 1024).build();
    for (int depth : List.of(300, 5_000, 20_000)) {
      String arrays = "[".repeat(depth) + "]".repeat(depth);
      String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      for (String bomb : List.of(arrays, objects)) {
        String header = "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"x\":" + bomb + "}";
        String unsigned = b64(header) + "." + b64(vjPayload()) + ".c2ln";
        String signedPayload =
            Fixture.signRaw(
                Fixture.VJ_HEADER,
                vjPayload().replace("}", ",\"x\":" + bomb + "}"),
                JWSAlgorithm.RS256,
                Fixture.RSA);
        for (String token : List.of(unsigned, signedPayload)) {
          assertThatCode(() -> roomy.check(token)).doesNotThrowAnyException();
          assertThat(roomy.check(token).isValid()).as("depth " + depth).isFalse();
        }
      }
    }
  }

  @Test
  void randomSingleCharacterMutationsOfVjNeverPassAndNeverThrow() throws Exception {
    String vj = Fixture.vj();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \u00e9";
    Random random = new Random(20260101);
    for (int i = 0; i < 2_000; i++) {
      char[] chars = vj.toCharArray();
      int at = random.nextInt(chars.length);
      char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
      if (chars[at] == replacement) {
        continue;
      }
      chars[at] = replacement;
      String mutated = new String(chars);
      assertThatCode(
              () ->
                  assertThat(
                          verifier
                              .verify(new BearerToken(mutated, BearerToken.Transport.HEADER))
                              .isGranted())
                      .as(mutated)
                      .isFalse())
          .doesNotThrowAnyException();
    }
  }
}
