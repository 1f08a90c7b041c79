package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the HTTP Basic extractor (security rules 1.2, decisions P2, P3) against a reference built
 * on the JDK's base64 and UTF-8 decoders: the same outcome and reason for every field value, and
 * for accepted ones the round trip: re-encoding the NFC user-id and password gives back the token
 * sent, whenever the sent text was already NFC (one credential, one encoding).
 *
 * <p>Input: the octets of one {@code Authorization} field value, one character per octet.
 */
class BasicFuzzTest {
  private static final CredentialExtractor<BasicCredentials> BASIC = Extractors.basic();
  private static final Pattern SCHEME =
      Pattern.compile("(?i)Basic(?!" + Oracles.TCHAR + ")(.*)", Pattern.DOTALL);

  @FuzzTest(maxDuration = "10m")
  void basicHeader(byte[] input) {
    String line = Oracles.latin1(input);
    Extraction<BasicCredentials> actual =
        Oracles.extract(BASIC, SimpleRequest.builder().header("Authorization", line).build());
    assertThat(actual).isEqualTo(expected(line));

    BasicCredentials credentials = Oracles.credential(actual);
    if (credentials != null) {
      String user = credentials.username();
      String password = credentials.password();
      assertThat(user).isNotEmpty().doesNotContain(":");
      assertThat(password).isNotEmpty();
      assertThat(Oracles.hasCtl(user) || Oracles.hasCtl(password)).isFalse();
      assertThat(Normalizer.isNormalized(user, Normalizer.Form.NFC)).isTrue();
      assertThat(Normalizer.isNormalized(password, Normalizer.Form.NFC)).isTrue();
      String token = Oracles.stripOws(line).substring("Basic".length()).stripLeading();
      String sent = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      String reencoded =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      if (Normalizer.isNormalized(sent, Normalizer.Form.NFC)) {
        assertThat(reencoded).isEqualTo(token);
      } else {
        assertThat(user + ":" + password)
            .isEqualTo(Normalizer.normalize(sent, Normalizer.Form.NFC));
      }
    }
  }

  /** The reference answer, step by step in the order BasicExtractor documents. */
  static Extraction<BasicCredentials> expected(String line) {
    String value = Oracles.stripOws(line);
    Matcher m = SCHEME.matcher(value);
    if (!m.matches() || m.group(1).isEmpty()) {
      return Extraction.absent();
    }
    if (value.length() > 8 * 1024) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    char separator = m.group(1).charAt(0);
    if (separator != ' ') {
      boolean ctl = (separator < 0x20 || separator == 0x7f) && separator != '\t';
      return Extraction.rejected(ctl ? Reason.CONTROL_CHARACTER : Reason.BAD_SCHEME_SEPARATOR);
    }
    if (Oracles.hasCtl(value)) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    String token = m.group(1).stripLeading();
    if (!Oracles.TOKEN68.matcher(token).matches()) {
      return Extraction.rejected(Reason.BAD_TOKEN68);
    }
    byte[] octets;
    try {
      octets = Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return Extraction.rejected(Reason.BAD_BASE64);
    }
    // P2: only the canonical encoding (padding, zero unused bits) is accepted.
    if (!Base64.getEncoder().encodeToString(octets).equals(token)) {
      return Extraction.rejected(Reason.BAD_BASE64);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(octets))
              .toString();
    } catch (CharacterCodingException e) {
      return Extraction.rejected(Reason.NOT_UTF8);
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Extraction.rejected(Reason.NO_COLON);
    }
    if (Oracles.hasCtl(text)) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    if (colon == 0) {
      return Extraction.rejected(Reason.EMPTY_USERNAME);
    }
    if (colon == text.length() - 1) {
      return Extraction.rejected(Reason.EMPTY_PASSWORD);
    }
    String user = Normalizer.normalize(text.substring(0, colon), Normalizer.Form.NFC);
    String password = Normalizer.normalize(text.substring(colon + 1), Normalizer.Form.NFC);
    if (user.codePointCount(0, user.length()) > 256
        || password.getBytes(StandardCharsets.UTF_8).length > 1024) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    return Extraction.present(new BasicCredentials(user, password));
  }
}
