package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes strict query-string parsing (security rules 1.3.3, 1.8.3) through the API-key query
 * extractor, against a reference decoder written here: only {@code &} separates, {@code +} is a
 * space, every {@code %} starts two hex digits, raw characters are visible ASCII and every name and
 * value decodes to well-formed UTF-8; a repeated name is ambiguous, an empty value is absent. The
 * bearer query transport, which uses the same parser, must classify the input alike.
 *
 * <p>Input: the raw query string, one character per octet. The parameter is {@code api_key}.
 */
class QueryFuzzTest {
  private static final String NAME = "api_key";
  private static final CredentialExtractor<ApiKey> API_KEY = Extractors.apiKeyQuery(NAME);
  private static final CredentialExtractor<BearerToken> BEARER = Extractors.bearer(false, true);

  @FuzzTest(maxDuration = "10m")
  void queryString(byte[] input) {
    String raw = Oracles.latin1(input);
    Extraction<ApiKey> actual =
        Oracles.extract(API_KEY, SimpleRequest.builder().rawQuery(raw).build());
    assertThat(actual).isEqualTo(expected(raw));

    // The same raw query as a bearer transport: malformed for one means malformed for the other.
    Extraction<BearerToken> bearer =
        Oracles.extract(BEARER, SimpleRequest.builder().rawQuery(raw).build());
    assertThat(Oracles.reason(bearer) == Reason.BAD_PERCENT_ENCODING)
        .isEqualTo(Oracles.reason(actual) == Reason.BAD_PERCENT_ENCODING);
  }

  private static Extraction<ApiKey> expected(String raw) {
    if (raw.length() > 64 * 1024) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    List<String> values = new ArrayList<>();
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name == null || value == null) {
        return Extraction.rejected(Reason.BAD_PERCENT_ENCODING);
      }
      if (name.equals(NAME)) {
        values.add(value);
      }
    }
    if (values.size() > 1) {
      return Extraction.rejected(Reason.DUPLICATE_PARAMETER);
    }
    if (values.isEmpty() || values.get(0).isEmpty()) {
      return Extraction.absent();
    }
    String value = values.get(0);
    if (value.length() > 8 * 1024) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    if (Oracles.hasCtl(value)) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    return Extraction.present(new ApiKey(value));
  }

  /** Strict form-urlencoded decoding, or null. */
  static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0 || s.charAt(i + 1) > 0x7f || s.charAt(i + 2) > 0x7f) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+') {
        out.write(' ');
      } else if (c >= 0x21 && c <= 0x7e) {
        out.write(c);
      } else {
        return null;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
