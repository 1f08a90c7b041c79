package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.ISSUER;
import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Fuzzes the reading and judging of an introspection answer (RFC 7662 section 2.2), what an {@link
 * IntrospectionVerifier} does with the body its endpoint returned: the outcome is a broken answer
 * in fixed words (an endpoint failure, 503), a refusal from the fixed vocabulary, or an acceptance
 * whose issuer, audience, expiry and subject really passed; never another exception.
 *
 * <p>Input: the answer's octets, decoded as UTF-8 as the fetcher does.
 */
class IntrospectionFuzzTest {
  private static final Set<String> BROKEN =
      Set.of(
          "the introspection response is not a JSON object",
          "the introspection response could not be read",
          "the introspection response has no boolean \"active\" (RFC 7662 section 2.2)");
  private static final IntrospectionVerifier VERIFIER =
      IntrospectionVerifier.builder()
          // Never contacted: the fuzz target judges bodies directly.
          .endpoint(URI.create("http://127.0.0.1:9/introspect"))
          .clientCredentials("rs", "secret")
          .issuer(ISSUER)
          .audience(AUDIENCE)
          .clock(Fixture.clockAt(T0))
          .build();

  @FuzzTest(maxDuration = "10m")
  void introspectionAnswer(byte[] input) throws Exception {
    String body = new String(input, StandardCharsets.UTF_8);
    JwtCheck check;
    try {
      check = VERIFIER.judge(body);
    } catch (FetchException e) {
      assertThat(e.getMessage()).isIn(BROKEN);
      return;
    }
    assertThat(VERIFIER.judge(body).isValid()).as("deterministic").isEqualTo(check.isValid());
    if (!check.isValid()) {
      assertThat(check.rejection()).isPresent();
      assertThat(check.verification().isGranted()).isFalse();
      return;
    }
    JWTClaimsSet claims = check.claims().orElseThrow();
    assertThat(claims.getBooleanClaim("active")).isTrue();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getAudience()).contains(AUDIENCE);
    assertThat(claims.getExpirationTime().getTime()).isGreaterThan((T0 - 60) * 1000);
    assertThat(check.verification().principal()).isEqualTo(claims.getSubject()).isNotEmpty();
  }
}
