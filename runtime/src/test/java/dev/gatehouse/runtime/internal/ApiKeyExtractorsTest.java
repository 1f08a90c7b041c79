package dev.gatehouse.runtime.internal;

import static dev.gatehouse.runtime.internal.Requests.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API keys in header, query and cookie, using the fixture key of security rules 0.1 (rules 1.8,
 * P5).
 */
class ApiKeyExtractorsTest {

  private static final String KEY = "AK-0123456789abcdef";

  private static Extraction<ApiKey> present(String key) {
    return Extraction.present(new ApiKey(key));
  }

  private static Extraction<ApiKey> rejected(Reason reason) {
    return Extraction.rejected(reason);
  }

  /** A request carrying the fixture key everywhere except where the scheme looks. */
  private static SimpleRequest.Builder keyElsewhere() {
    return SimpleRequest.builder()
        .method("POST")
        .header("Authorization", "Bearer " + KEY)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(("api_key=" + KEY).getBytes(StandardCharsets.US_ASCII));
  }

  @Nested
  class Header {
    private final CredentialExtractor<ApiKey> extractor = Extractors.apiKeyHeader("X-API-Key");

    private Extraction<ApiKey> extract(String... values) {
      SimpleRequest.Builder builder = SimpleRequest.builder();
      for (String value : values) {
        builder.header("X-API-Key", value);
      }
      return extractor.extract(builder.build());
    }

    @Test
    void readsTheDeclaredHeaderCaseInsensitively() {
      assertThat(extract(KEY)).isEqualTo(present(KEY));
      assertThat(extractor.extract(headers("x-api-key", KEY))).isEqualTo(present(KEY));
      assertThat(extractor.extract(headers("X-API-KEY", KEY))).isEqualTo(present(KEY));
    }

    @Test
    void surroundingWhitespaceIsNotPartOfTheValue() {
      assertThat(extract("  " + KEY + "\t")).isEqualTo(present(KEY));
    }

    @Test
    void keyAnywhereElseIsAbsent() {
      RequestView request =
          keyElsewhere().rawQuery("api_key=" + KEY).header("Cookie", "sid=" + KEY).build();
      assertThat(extractor.extract(request)).isEqualTo(Extraction.absent());
      assertThat(extractor.extract(headers("X_API_Key", KEY))).isEqualTo(Extraction.absent());
      assertThat(extractor.extract(headers("X-API-Key-2", KEY))).isEqualTo(Extraction.absent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \t"})
    void emptyValueIsAbsent(String value) {
      assertThat(extract(value)).isEqualTo(Extraction.absent());
    }

    @Test
    void twoLinesOrACommaJoinedValueAreAmbiguous() {
      assertThat(extract(KEY, KEY)).isEqualTo(rejected(Reason.DUPLICATE_HEADER));
      assertThat(extract(KEY, "")).isEqualTo(rejected(Reason.DUPLICATE_HEADER));
      assertThat(extract(KEY + ", other")).isEqualTo(rejected(Reason.DUPLICATE_HEADER));
      assertThat(extract(KEY + ",")).isEqualTo(rejected(Reason.DUPLICATE_HEADER));
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY + "\r\n", "AK\u0000x", "AK\tx", "AK\u007f", "AK\nX-Admin: 1"})
    void controlCharactersAreMalformed(String value) {
      assertThat(extract(value)).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    }

    @Test
    void valuesOverEightKibibytesAreTooLarge() {
      String fits = "k".repeat(Limits.FIELD_LINE_CHARS);
      assertThat(extract(fits)).isEqualTo(present(fits));
      assertThat(extract(fits + "k")).isEqualTo(rejected(Reason.TOO_LARGE));
    }

    @Test
    void keyIsKeptExactlyInsideIncludingSpaces() {
      assertThat(extract("a b")).isEqualTo(present("a b"));
      assertThat(extract("%41")).isEqualTo(present("%41"));
    }

    /**
     * Random values against rule 1.8.2 written out step by step: the extractor's plain-key pass and
     * its general path must give the same answer for every value, plain or not.
     */
    @Test
    void everyValueMatchesTheRuleWrittenOut() {
      String alphabet = "aZ9-_.~+/=:;é€ \t,\u0000\u001f\u007f\u0080\r\n";
      java.util.SplittableRandom random = new java.util.SplittableRandom(1_8_2);
      for (int n = 0; n < 50_000; n++) {
        int length =
            random.nextInt(50) == 0
                ? Limits.FIELD_LINE_CHARS - 2 + random.nextInt(5)
                : random.nextInt(12);
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
          // Mostly key characters, so that one odd character decides.
          value.append(
              random.nextInt(3) != 0
                  ? alphabet.charAt(random.nextInt(13))
                  : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String line = value.toString();
        assertThat(extract(line))
            .as("%s", line.length() > 40 ? line.length() : line)
            .isEqualTo(rule(line));
      }
    }

    /** Rule 1.8.2: OWS off both ends, then size, control characters, a comma, emptiness. */
    private Extraction<ApiKey> rule(String line) {
      String value = line.replaceAll("^[ \t]+|[ \t]+$", "");
      if (value.length() > Limits.FIELD_LINE_CHARS) {
        return rejected(Reason.TOO_LARGE);
      }
      if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        return rejected(Reason.CONTROL_CHARACTER);
      }
      if (value.contains(",")) {
        return rejected(Reason.DUPLICATE_HEADER);
      }
      return value.isEmpty() ? Extraction.absent() : present(value);
    }
  }

  @Nested
  class Query {
    private final CredentialExtractor<ApiKey> extractor = Extractors.apiKeyQuery("api_key");

    private Extraction<ApiKey> extract(String rawQuery) {
      return extractor.extract(Requests.query(rawQuery));
    }

    @Test
    void readsTheDeclaredParameterFromTheRawQuery() {
      assertThat(extract("api_key=" + KEY)).isEqualTo(present(KEY));
      assertThat(extract("a=1&api_key=" + KEY + "&b=2")).isEqualTo(present(KEY));
      assertThat(extract("&&api_key=" + KEY + "&")).isEqualTo(present(KEY));
      assertThat(extract("api%5Fkey=" + KEY)).isEqualTo(present(KEY));
    }

    @Test
    void decodesOnceWithPlusAsSpaceAndSemicolonAsData() {
      assertThat(extract("api_key=AK%2B1")).isEqualTo(present("AK+1"));
      assertThat(extract("api_key=AK+1")).isEqualTo(present("AK 1"));
      assertThat(extract("api_key=AK%252B")).isEqualTo(present("AK%2B"));
      assertThat(extract("api_key=AK;x=1")).isEqualTo(present("AK;x=1"));
      assertThat(extract("api_key=a=b")).isEqualTo(present("a=b"));
      assertThat(extract("api_key=%C3%A9")).isEqualTo(present("é"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api_key=", "api_key", "a=1&api_key=&b=2"})
    void emptyValueIsAbsent(String query) {
      assertThat(extract(query)).isEqualTo(Extraction.absent());
    }

    @Test
    void whitespaceOnlyValueIsKeptAsSent() {
      assertThat(extract("api_key=%20")).isEqualTo(present(" "));
    }

    @Test
    void otherNamesAndLocationsAreAbsent() {
      assertThat(extract("API_KEY=" + KEY)).isEqualTo(Extraction.absent());
      assertThat(extract("api_key2=" + KEY)).isEqualTo(Extraction.absent());
      assertThat(extract("")).isEqualTo(Extraction.absent());
      RequestView elsewhere =
          keyElsewhere().header("X-API-Key", KEY).header("Cookie", "api_key=" + KEY).build();
      assertThat(extractor.extract(elsewhere)).isEqualTo(Extraction.absent());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "api_key=a&api_key=b",
          "api_key=a&api_key=a",
          "api_key=&api_key=b",
          "api_key=a&api%5Fkey=b",
          "api_key&api_key=a"
        })
    void repeatedParameterIsAmbiguous(String query) {
      assertThat(extract(query)).isEqualTo(rejected(Reason.DUPLICATE_PARAMETER));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "api_key=AK%2",
          "api_key=%G1",
          "api_key=AK%",
          "other=%&api_key=AK",
          "api_key=%C3%28",
          "api_key=%ED%A0%80",
          "api_key=A K",
          "api_key=é",
          "api_key=AK\u0000",
          "%zz=1&api_key=AK",
          "api_key=%\uff11\uff11"
        })
    void anythingButStrictPercentEncodedUtf8IsAmbiguous(String query) {
      assertThat(extract(query)).isEqualTo(rejected(Reason.BAD_PERCENT_ENCODING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api_key=%00AK", "api_key=AK%0A", "api_key=AK%0D%0AX:1", "api_key=%7F"})
    void decodedControlCharactersAreMalformed(String query) {
      assertThat(extract(query)).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    }

    @Test
    void oversizedKeyOrQueryIsTooLarge() {
      assertThat(extract("api_key=" + "k".repeat(Limits.CREDENTIAL_CHARS + 1)))
          .isEqualTo(rejected(Reason.TOO_LARGE));
      assertThat(extract("x=" + "a".repeat(Limits.QUERY_CHARS)))
          .isEqualTo(rejected(Reason.TOO_LARGE));
    }
  }

  @Nested
  class Cookie {
    private final CredentialExtractor<ApiKey> extractor = Extractors.apiKeyCookie("sid");

    private Extraction<ApiKey> extract(String... cookieLines) {
      SimpleRequest.Builder builder = SimpleRequest.builder();
      for (String line : cookieLines) {
        builder.header("Cookie", line);
      }
      return extractor.extract(builder.build());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "sid=" + KEY,
          "a=1; sid=" + KEY + "; b=2",
          "a=1;sid=" + KEY,
          "a=1;   sid=" + KEY,
          ";;sid=" + KEY + ";;",
          "flag; sid=" + KEY,
          "sid=" + KEY + " ",
          "sid=\"" + KEY + "\"",
          "a=\"x;y\"; sid=" + KEY
        })
    void readsTheDeclaredCookie(String line) {
      // In the last case the quoted ';' still splits pairs (cookie values cannot hold ';').
      assertThat(extract(line)).isEqualTo(present(KEY));
    }

    @Test
    void joinsSplitCookieLines() {
      assertThat(extract("a=1", "sid=" + KEY)).isEqualTo(present(KEY));
      assertThat(extract("sid=" + KEY, "b=2")).isEqualTo(present(KEY));
    }

    @Test
    void noPercentDecodingAndNoTrimmingInside() {
      assertThat(extract("sid=AK%20x")).isEqualTo(present("AK%20x"));
      assertThat(extract("sid=a=b")).isEqualTo(present("a=b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sid=", "sid=\"\"", "a=1; sid=; b=2"})
    void emptyValueIsAbsent(String line) {
      assertThat(extract(line)).isEqualTo(Extraction.absent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SID=" + KEY, "sidx=" + KEY, "xsid=" + KEY, "sid", "a=sid", ""})
    void otherNamesAreAbsent(String line) {
      assertThat(extract(line)).isEqualTo(Extraction.absent());
    }

    @Test
    void keyInOtherLocationsIsAbsent() {
      RequestView request = keyElsewhere().rawQuery("sid=" + KEY).header("X-API-Key", KEY).build();
      assertThat(extractor.extract(request)).isEqualTo(Extraction.absent());
    }

    @Test
    void sameNameTwiceIsAmbiguous() {
      assertThat(extract("sid=a; sid=b")).isEqualTo(rejected(Reason.DUPLICATE_COOKIE));
      assertThat(extract("sid=a; sid=a")).isEqualTo(rejected(Reason.DUPLICATE_COOKIE));
      assertThat(extract("sid=a", "sid=b")).isEqualTo(rejected(Reason.DUPLICATE_COOKIE));
      assertThat(extract("sid=; sid=b")).isEqualTo(rejected(Reason.DUPLICATE_COOKIE));
      assertThat(extract("sid =a; sid=b")).isEqualTo(rejected(Reason.DUPLICATE_COOKIE));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "sid=\"AK",
          "sid=AK\"",
          "sid=\"",
          "sid=\"\"AK\"\"",
          "sid=A\"K",
          "sid= AK",
          "sid=A K",
          "sid=AK ; b=2",
          "sid=AK,x",
          "sid=A\\K",
          "sid=café",
          "sid =AK",
          "sid\t=AK"
        })
    void grammarViolationsInOurCookieAreMalformed(String line) {
      assertThat(extract(line)).isEqualTo(rejected(Reason.BAD_COOKIE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sid=AK\u0000", "sid=A\tK", "sid=AK\r\nX: 1", "sid=\"A\u007fK\""})
    void controlCharactersAreMalformed(String line) {
      assertThat(extract(line)).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    }

    @Test
    void grammarViolationsInOtherCookiesAreTolerated() {
      assertThat(extract("a=b c; x=\"; sid=" + KEY)).isEqualTo(present(KEY));
    }

    @Test
    void oversizedValueOrHeaderIsTooLarge() {
      assertThat(extract("sid=" + "k".repeat(Limits.CREDENTIAL_CHARS + 1)))
          .isEqualTo(rejected(Reason.TOO_LARGE));
      assertThat(extract("a=" + "b".repeat(Limits.COOKIE_CHARS), "sid=" + KEY))
          .isEqualTo(rejected(Reason.TOO_LARGE));
    }
  }
}
