package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact-JWS syntax checks at their exact edges (security rules 1.4 steps 2-4): canonical
 * base64url over the whole alphabet, the {@code kid} length and character range, and nimbus's
 * header size limit. A token that passes syntax reaches key lookup or the signature check, so the
 * reason tells which side of an edge it fell on.
 */
class JwsSyntaxEdgeTest {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static JwtVerifier verifier;
  private static String payload;

  @BeforeAll
  static void setUp() {
    verifier = Fixture.verifier().build();
    payload = Fixture.b64(Fixture.vjPayload());
  }

  @Test
  void signatureSegmentMustBeCanonicalBase64Url() throws Exception {
    String header = Fixture.b64(Fixture.VJ_HEADER);
    for (char c : ALPHABET.toCharArray()) {
      for (String signature : new String[] {"AA" + c, "A" + c, "AAA" + c}) {
        byte[] bytes = Base64.getUrlDecoder().decode(signature);
        boolean canonical =
            Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(signature);
        JwtRejection reason =
            verifier.check(header + "." + payload + "." + signature).rejection().orElseThrow();
        assertThat(reason)
            .as(signature)
            .isEqualTo(canonical ? JwtRejection.BAD_SIGNATURE : JwtRejection.MALFORMED);
      }
    }
  }

  @Test
  void keyIdIsOneTo256VisibleAsciiCharacters() throws Exception {
    assertThat(reasonForKid("k".repeat(256))).isEqualTo(JwtRejection.UNKNOWN_KEY);
    assertThat(reasonForKid("k".repeat(257))).isEqualTo(JwtRejection.MALFORMED);
    assertThat(reasonForKid(" ~")).isEqualTo(JwtRejection.UNKNOWN_KEY);
    assertThat(reasonForKid("")).isEqualTo(JwtRejection.MALFORMED);
    assertThat(reasonForKid("\\u001f")).isEqualTo(JwtRejection.MALFORMED);
    assertThat(reasonForKid("\\u007f")).isEqualTo(JwtRejection.MALFORMED);
    assertThat(reasonForKid("\\u00e9")).isEqualTo(JwtRejection.MALFORMED);
  }

  @Test
  void headerUpToNimbusSizeLimitIsRead() throws Exception {
    String start = "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"x\":\"";
    String atLimit = start + "x".repeat(20_000 - start.length() - 2) + "\"}";
    assertThat(atLimit).hasSize(20_000);
    String token = Fixture.signRaw(atLimit, Fixture.vjPayload(), JWSAlgorithm.RS256, Fixture.RSA);
    String over = start + "x".repeat(20_000 - start.length() - 1) + "\"}";
    String tooLong = Fixture.signRaw(over, Fixture.vjPayload(), JWSAlgorithm.RS256, Fixture.RSA);
    // Above the default 8 KiB token cap anyway: raise it to reach the header check.
    JwtVerifier roomy = Fixture.verifier().maxTokenLength(64 * 1024).build();
    assertThat(roomy.check(token).isValid()).isTrue();
    assertThat(roomy.check(tooLong).rejection()).contains(JwtRejection.MALFORMED);
  }

  private static JwtRejection reasonForKid(String kidJson) throws Exception {
    String header = "{\"alg\":\"RS256\",\"kid\":\"" + kidJson + "\"}";
    String token = header64(header) + "." + payload + "." + Fixture.b64(new byte[256]);
    return verifier.check(token).rejection().orElseThrow();
  }

  private static String header64(String json) {
    return Base64URL.encode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }
}
