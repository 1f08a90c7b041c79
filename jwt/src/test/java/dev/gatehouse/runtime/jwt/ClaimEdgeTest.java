package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.withClaims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claim values at the edges of their ranges (security rules 1.4 step 10): NumericDate 0 and the
 * largest date allowed, and scope-tokens made of the first and last allowed characters.
 */
class ClaimEdgeTest {
  private static final long MAX_NUMERIC_DATE = 253_402_300_799L; // 9999-12-31T23:59:59Z
  private static JwtVerifier verifier;

  @BeforeAll
  static void setUp() {
    verifier = Fixture.verifier().build();
  }

  @Test
  void numericDatesRangeFromZeroToTheYear9999() throws Exception {
    assertThat(verifier.check(withClaims(c -> c.put("nbf", 0))).isValid()).isTrue();
    assertThat(verifier.check(withClaims(c -> c.put("iat", 0))).isValid()).isTrue();
    assertThat(verifier.check(withClaims(c -> c.put("exp", 0))).rejection())
        .contains(JwtRejection.EXPIRED);
    assertThat(verifier.check(withClaims(c -> c.put("exp", MAX_NUMERIC_DATE))).isValid()).isTrue();
    assertThat(verifier.check(withClaims(c -> c.put("exp", MAX_NUMERIC_DATE + 1))).rejection())
        .contains(JwtRejection.INVALID_CLAIM);
    assertThat(verifier.check(withClaims(c -> c.put("nbf", -1))).rejection())
        .contains(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void scopeTokensMayUseEveryAllowedCharacter() throws Exception {
    JwtCheck string = verifier.check(withClaims(c -> c.put("scope", "! ~ #[]")));
    assertThat(string.verification().scopes()).containsExactlyInAnyOrder("!", "~", "#[]");
    JwtCheck array = verifier.check(withClaims(c -> c.put("scope", List.of("!", "~"))));
    assertThat(array.verification().scopes()).containsExactlyInAnyOrder("!", "~");
    for (String bad : new String[] {"a\"b", "a\\b", "\u007f", "\u00e9"}) {
      assertThat(verifier.check(withClaims(c -> c.put("scope", bad))).rejection())
          .as("%s", bad)
          .contains(JwtRejection.INVALID_CLAIM);
    }
    assertThat(verifier.check(withClaims(c -> c.put("scope", List.of(" a")))).rejection())
        .contains(JwtRejection.INVALID_CLAIM);
  }

  @Test
  void acrAndAuthTimeAreReportedForStepUpWhenWellFormed() throws Exception {
    JwtCheck good =
        verifier.check(
            withClaims(
                c -> {
                  c.put("acr", "urn:example:mfa");
                  c.put("auth_time", 1_700_000_000L);
                }));
    assertThat(good.verification().acr()).contains("urn:example:mfa");
    assertThat(good.verification().authTime())
        .contains(java.time.Instant.ofEpochSecond(1_700_000_000L));
    assertThat(((VerifiedJwt) good.verification().principalObject()).authTime())
        .contains(java.time.Instant.ofEpochSecond(1_700_000_000L));
    // Malformed ones are absent (a step-up operation refuses them), never a refused token or a 500.
    for (Object acr : new Object[] {7, List.of("gold"), java.util.Map.of("v", "gold"), "", true}) {
      JwtCheck check = verifier.check(withClaims(c -> c.put("acr", acr)));
      assertThat(check.isValid()).as("%s", acr).isTrue();
      assertThat(check.verification().acr()).as("%s", acr).isEmpty();
    }
    for (Object authTime : new Object[] {"1700000000", -1, MAX_NUMERIC_DATE + 1, List.of(1)}) {
      JwtCheck check = verifier.check(withClaims(c -> c.put("auth_time", authTime)));
      assertThat(check.isValid()).as("%s", authTime).isTrue();
      assertThat(check.verification().authTime()).as("%s", authTime).isEmpty();
    }
  }
}
