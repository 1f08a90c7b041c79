package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.DigestAlgorithm;
import dev.gatehouse.runtime.DigestUsers;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.DigestNonces;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.internal.SimpleRequest;
import dev.gatehouse.runtime.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes Digest verification end to end (issue 21): the input is the {@code Authorization} value of
 * {@code GET /digest} (ISO-8859-1), decided by a Gatehouse with a fixed nonce secret and clock.
 * Oracle: never a 5xx, and the request is let in only when an independent computation agrees that
 * the nonce is one the secret made and is fresh, {@code opaque}, realm, {@code qop=auth} and the
 * algorithm are right, and the response is the user's {@code KD} over this method and target. The
 * seeds include the forged nonce and a valid answer (so the accepting path is reached).
 */
class DigestVerifierFuzzTest {
  static final String REALM = "test";
  static final byte[] SECRET =
      "fuzzing secret: 32 bytes or more ...".getBytes(StandardCharsets.US_ASCII);
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
  private static final OperationSecurity OP =
      OperationSecurity.required(
          "digest()", "GET", "/digest", false, List.of(SchemeRequirement.of("HTTPDigest")));
  private static final Operation OPERATION = gatehouse().operations().get(0);
  private static final DigestNonces NONCES = new DigestNonces(SECRET, Duration.ofMinutes(5), CLOCK);
  private static final Pattern PARAM =
      Pattern.compile("([A-Za-z*]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))");

  @FuzzTest(maxDuration = "10m")
  void authorization(byte[] input) {
    String header = Oracles.latin1(input);
    Decision decision =
        OPERATION.decide(
            SimpleRequest.builder().path("/digest").header("Authorization", header).build());
    if (decision instanceof Decision.Deny deny) {
      assertThat(deny.status()).isIn(400, 401);
      return;
    }
    assertThat(genuine(header)).as("let in: %s", header).isTrue();
  }

  /** The reference check, written independently of the runtime's parser (no escapes expected). */
  static boolean genuine(String header) {
    if (!header.startsWith("Digest ")) {
      return false;
    }
    Map<String, String> p = new HashMap<>();
    Matcher m = PARAM.matcher(header.substring(7));
    while (m.find()) {
      p.put(
          m.group(1).toLowerCase(java.util.Locale.ROOT),
          m.group(2) != null ? m.group(2) : m.group(3));
    }
    DigestAlgorithm h = DigestAlgorithm.fromToken(p.getOrDefault("algorithm", "")).orElse(null);
    if (h == null
        || !"auth".equals(p.get("qop"))
        || !"user".equals(p.get("username"))
        || !REALM.equals(p.get("realm"))
        || !"/digest".equals(p.get("uri"))
        || !NONCES.opaque(REALM).equals(p.get("opaque"))
        || NONCES.check(p.get("nonce"), REALM) != DigestNonces.Status.FRESH
        || p.get("nc") == null
        || p.get("cnonce") == null) {
      return false;
    }
    String ha1 = h.ha1("user", REALM, "pass".toCharArray());
    String expected =
        h.hex(
            ha1
                + ":"
                + p.get("nonce")
                + ":"
                + p.get("nc")
                + ":"
                + p.get("cnonce")
                + ":auth:"
                + h.hex("GET:/digest"));
    return expected.equals(p.get("response"));
  }

  static Gatehouse gatehouse() {
    SchemeDefinition definition =
        new SchemeDefinition("HTTPDigest", SchemeKind.DIGEST, "", "", Extractors.digest());
    GeneratedScheme scheme = () -> definition;
    GeneratedEndpoint endpoint =
        new GeneratedEndpoint() {
          @Override
          public String endpointInterface() {
            return "com.example.DigestApi";
          }

          @Override
          public List<OperationSecurity> operations() {
            return List.of(OP);
          }

          @Override
          public String documentTitle() {
            return REALM;
          }
        };
    return Gatehouse.builder()
        .generated(List.of(scheme), List.of(endpoint))
        .digest(
            "HTTPDigest",
            DigestUsers.builder(REALM).user("user", "pass".toCharArray(), Set.of()).build())
        .digestNonceSecret(SECRET)
        .clock(CLOCK)
        .build();
  }
}
