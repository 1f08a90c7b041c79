package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The documented size caps of the bearer transports, to the character (Extractors: form body and
 * query 64 KiB, token 8 KiB), which reason comes first, and ASCII-only scheme folding at A and Z.
 */
class TransportLimitsTest {
  private static final CredentialExtractor<BearerToken> FORM = Extractors.bearer(true, false);
  private static final CredentialExtractor<BearerToken> QUERY = Extractors.bearer(false, true);

  @Test
  void formBodyUpTo64KiBIsRead() {
    String prefix = "access_token=abc&pad=";
    String atCap = prefix + "x".repeat(Limits.FORM_BODY_BYTES - prefix.length());
    assertThat(FORM.extract(form(atCap)))
        .isEqualTo(Extraction.present(new BearerToken("abc", BearerToken.Transport.FORM_BODY)));
    assertThat(FORM.extract(form(atCap + "x"))).isEqualTo(Extraction.rejected(Reason.TOO_LARGE));
  }

  @Test
  void queryUpTo64KiBIsRead() {
    String prefix = "access_token=abc&pad=";
    String atCap = prefix + "x".repeat(Limits.QUERY_CHARS - prefix.length());
    assertThat(QUERY.extract(Requests.query(atCap)))
        .isEqualTo(Extraction.present(new BearerToken("abc", BearerToken.Transport.QUERY)));
    assertThat(QUERY.extract(Requests.query(atCap + "x")))
        .isEqualTo(Extraction.rejected(Reason.TOO_LARGE));
  }

  @Test
  void tokenUpTo8KiBIsRead() {
    String atCap = "t".repeat(Limits.CREDENTIAL_CHARS);
    assertThat(QUERY.extract(Requests.query("access_token=" + atCap)))
        .isEqualTo(Extraction.present(new BearerToken(atCap, BearerToken.Transport.QUERY)));
    assertThat(QUERY.extract(Requests.query("access_token=" + atCap + "t")))
        .isEqualTo(Extraction.rejected(Reason.TOO_LARGE));
  }

  @Test
  void controlCharacterIsReportedAsSuchEvenAtTheStartOfTheToken() {
    assertThat(QUERY.extract(Requests.query("access_token=%01abc")))
        .isEqualTo(Extraction.rejected(Reason.CONTROL_CHARACTER));
  }

  @Test
  void nulInAFormBodyIsAMalformedFormNotANonAsciiOne() {
    // All-ASCII bodies are parsed strictly (a raw NUL is bad encoding); non-ASCII ones are
    // refused too, since a token in them would be a transport nobody counted (issue 21).
    assertThat(FORM.extract(form("access_token=a\u0000")))
        .isEqualTo(Extraction.rejected(Reason.BAD_PERCENT_ENCODING));
    assertThat(FORM.extract(form("access_token=a\u00e9")))
        .isEqualTo(Extraction.rejected(Reason.BAD_PERCENT_ENCODING));
  }

  @Test
  void schemeFoldingCoversAToZ() {
    CredentialExtractor<AuthorizationCredentials> az = Extractors.httpScheme("AZaz");
    for (String scheme : new String[] {"AZAZ", "azaz", "aZaZ"}) {
      assertThat(az.extract(Requests.authorization(scheme + " x")))
          .isEqualTo(Extraction.present(new AuthorizationCredentials(scheme, "x")));
    }
  }

  private static SimpleRequest form(String body) {
    return SimpleRequest.builder()
        .method("POST")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body.getBytes(StandardCharsets.ISO_8859_1))
        .build();
  }
}
