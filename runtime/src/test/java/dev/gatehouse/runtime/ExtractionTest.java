package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.Extraction.Reason;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The outcome type: each rejection reason maps to exactly one of 400 (ambiguous) or 401
 * (malformed).
 */
class ExtractionTest {

  /** The 400-class reasons of security rules 1.1.1 step 2 (and P4's empty access_token). */
  private static final Set<Reason> AMBIGUOUS =
      EnumSet.of(
          Reason.DUPLICATE_AUTHORIZATION,
          Reason.DUPLICATE_HEADER,
          Reason.DUPLICATE_PARAMETER,
          Reason.DUPLICATE_COOKIE,
          Reason.MULTIPLE_BEARER_TRANSPORTS,
          Reason.DUPLICATE_AUTH_PARAM,
          Reason.EMPTY_ACCESS_TOKEN,
          Reason.BAD_PERCENT_ENCODING,
          Reason.DIGEST_URI_MISMATCH);

  @Test
  void everyReasonBelongsToExactlyOneRejectionKind() {
    for (Reason reason : Reason.values()) {
      assertThat(reason.ambiguous()).as(reason.name()).isEqualTo(AMBIGUOUS.contains(reason));
      Extraction<ApiKey> rejected = Extraction.rejected(reason);
      assertThat(rejected)
          .isInstanceOf(
              reason.ambiguous() ? Extraction.Ambiguous.class : Extraction.Malformed.class);
    }
  }

  @Test
  void recordsRefuseReasonsOfTheOtherKind() {
    assertThatThrownBy(() -> new Extraction.Ambiguous<ApiKey>(Reason.BAD_BASE64))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Extraction.Malformed<ApiKey>(Reason.DUPLICATE_COOKIE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extraction.present(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void outcomesAreValues() {
    assertThat(Extraction.<ApiKey>absent()).isEqualTo(Extraction.absent());
    assertThat(Extraction.<ApiKey>rejected(Reason.NO_COLON))
        .isEqualTo(new Extraction.Malformed<ApiKey>(Reason.NO_COLON))
        .isNotEqualTo(Extraction.rejected(Reason.EMPTY_PASSWORD));
  }

  @Test
  void digestCredentialsFoldNamesAndRequireTheCoreParameters() {
    DigestCredentials c =
        new DigestCredentials(
            "u",
            Map.of("Realm", "r", "NONCE", "n", "uri", "/", "response", "x", "UserHash", "TRUE"));
    assertThat(c.params()).containsKeys("realm", "nonce", "userhash");
    assertThat(c.param("REALM")).contains("r");
    assertThat(c.userhash()).isTrue();
    assertThat(c.algorithm()).isEmpty();
    assertThatThrownBy(() -> new DigestCredentials("u", Map.of("realm", "r")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new DigestCredentials(
                    "u",
                    Map.of("realm", "r", "REALM", "s", "nonce", "n", "uri", "/", "response", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
