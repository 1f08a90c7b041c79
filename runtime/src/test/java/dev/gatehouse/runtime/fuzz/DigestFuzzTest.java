package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Fuzzes the Digest auth-param parser (RFC 9110 section 11.2, RFC 7616 section 3.4, security rules
 * 1.7.3-1.7.4). Accepted credentials must carry every required parameter, a well-formed {@code nc},
 * a non-empty user-id without controls and the request-target as {@code uri}; and the parameters
 * must survive a round trip: written back as quoted-strings (escaping {@code "} and {@code \}) they
 * parse to the same map, so quoted-pairs are unescaped exactly once.
 *
 * <p>Input: the octets of one {@code Authorization} field value, one character per octet; the
 * request is {@code GET /dir/index.html?a=1}.
 */
class DigestFuzzTest {
  private static final String TARGET = "/dir/index.html?a=1";
  private static final CredentialExtractor<DigestCredentials> DIGEST = Extractors.digest();

  @FuzzTest(maxDuration = "10m")
  void digestParams(byte[] input) {
    Extraction<DigestCredentials> actual = Oracles.extract(DIGEST, request(Oracles.latin1(input)));
    DigestCredentials credentials = Oracles.credential(actual);
    if (credentials == null) {
      return;
    }
    Map<String, String> params = credentials.params();
    assertThat(params).containsKeys("realm", "nonce", "uri", "response");
    assertThat(credentials.uri()).isEqualTo(TARGET);
    assertThat(credentials.username()).isNotEmpty();
    assertThat(Oracles.hasCtl(credentials.username())).isFalse();
    if (params.containsKey("qop")) {
      assertThat(params).containsKeys("cnonce", "nc");
    }
    if (params.containsKey("nc")) {
      assertThat(params.get("nc")).matches("[0-9a-f]{8}");
    }
    assertThat(params.containsKey("username") && params.containsKey("username*")).isFalse();
    for (String name : params.keySet()) {
      assertThat(name).matches(Oracles.TCHAR + "+").isEqualTo(name.toLowerCase(Locale.ROOT));
    }

    StringJoiner rewritten = new StringJoiner(", ", "Digest ", "");
    params.forEach(
        (name, value) ->
            rewritten.add(name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    if (rewritten.length() <= 8 * 1024) { // escaping may push it past the field-line cap
      Extraction<DigestCredentials> again = Oracles.extract(DIGEST, request(rewritten.toString()));
      assertThat(again).isEqualTo(actual);
    }
  }

  private static SimpleRequest request(String authorization) {
    return SimpleRequest.builder()
        .path("/dir/index.html")
        .rawQuery("a=1")
        .header("Authorization", authorization)
        .build();
  }
}
