package dev.gatehouse.runtime.internal;

import static dev.gatehouse.runtime.internal.Requests.authorization;
import static dev.gatehouse.runtime.internal.Requests.base64;
import static dev.gatehouse.runtime.internal.Requests.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Basic extraction with the fixture users of security rules 0.1 (rules 1.1-1.2, P1-P3). */
class BasicExtractorTest {

  private final CredentialExtractor<BasicCredentials> extractor = Extractors.basic();

  private Extraction<BasicCredentials> extract(String... authorization) {
    return extractor.extract(authorization(authorization));
  }

  private static Extraction<BasicCredentials> present(String user, String password) {
    return Extraction.present(new BasicCredentials(user, password));
  }

  private static Extraction<BasicCredentials> rejected(Reason reason) {
    return Extraction.rejected(reason);
  }

  @Test
  void fixtureUsersArePresent() {
    assertThat(extract("Basic dXNlcjpwYXNz")).isEqualTo(present("user", "pass"));
    assertThat(extract(basic("colon:pa:ss"))).isEqualTo(present("colon", "pa:ss"));
    assertThat(extract(basic("u8:pé"))).isEqualTo(present("u8", "pé"));
    assertThat(extract(basic("café:pw"))).isEqualTo(present("café", "pw"));
  }

  @Test
  void splitsAtTheFirstColonOnly() {
    assertThat(extract(basic("a:b:c:"))).isEqualTo(present("a", "b:c:"));
    assertThat(extract(basic("a::"))).isEqualTo(present("a", ":"));
  }

  @Test
  void normalisesBothPartsToNfc() {
    String nfd = "cafe\u0301";
    assertThat(extract(basic(nfd + ":p" + nfd))).isEqualTo(present("café", "pcafé"));
    assertThat(extract(basic("\u212b:\u212b"))).isEqualTo(present("\u00c5", "\u00c5"));
  }

  @Test
  void neverTrimsOrFoldsCase() {
    assertThat(extract(basic(" User : Pass "))).isEqualTo(present(" User ", " Pass "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "BASIC", "bAsIc", "Basic"})
  void schemeIsCaseInsensitive(String scheme) {
    assertThat(extract(scheme + " dXNlcjpwYXNz")).isEqualTo(present("user", "pass"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basİc", "basıc", "BASİC", "BASıC", "Bаsic", "Basicx"})
  void unicodeLookalikeSchemesAreAnotherScheme(String scheme) {
    assertThat(extract(scheme + " dXNlcjpwYXNz")).isEqualTo(Extraction.absent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic  dXNlcjpwYXNz",
        "Basic      dXNlcjpwYXNz",
        " Basic dXNlcjpwYXNz\t ",
        "Basic dXNlcjpwYXNz "
      })
  void severalSpacesAndSurroundingWhitespaceAreAccepted(String header) {
    assertThat(extract(header)).isEqualTo(present("user", "pass"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic\tdXNlcjpwYXNz",
        "Basic,dXNlcjpwYXNz",
        "Basic=dXNlcjpwYXNz",
        "Basic\u200bdXNlcjpwYXNz",
        "Basic\u00a0dXNlcjpwYXNz"
      })
  void schemeMustBeFollowedBySpace(String header) {
    assertThat(extract(header)).isEqualTo(rejected(Reason.BAD_SCHEME_SEPARATOR));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "Basic",
        "basic",
        "Basic   ",
        "Bearer dXNlcjpwYXNz",
        "Digest username=\"user\"",
        "dXNlcjpwYXNz"
      })
  void noBasicCredentialsAreAbsent(String header) {
    assertThat(extract(header)).isEqualTo(Extraction.absent());
  }

  @Test
  void noAuthorizationHeaderIsAbsentAndProxyAuthorizationIsNeverRead() {
    assertThat(extractor.extract(SimpleRequest.builder().build())).isEqualTo(Extraction.absent());
    assertThat(extractor.extract(Requests.headers("Proxy-Authorization", "Basic dXNlcjpwYXNz")))
        .isEqualTo(Extraction.absent());
  }

  @Test
  void twoAuthorizationLinesAreAmbiguous() {
    Extraction<BasicCredentials> expected = rejected(Reason.DUPLICATE_AUTHORIZATION);
    assertThat(extract("Basic dXNlcjpwYXNz", "Basic dXNlcjpwYXNz")).isEqualTo(expected);
    assertThat(extract("Bearer tok", "Basic dXNlcjpwYXNz")).isEqualTo(expected);
    assertThat(extract("", "Basic dXNlcjpwYXNz")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dXNlcjpwYXM | missing padding",
        "dXNlcjpwYQ= | short padding",
        "dXNlcjpwYXN= | non-zero unused bits (one pad)",
        "dXNlcjpwYR== | non-zero unused bits (two pads)",
        "dTp-fn4= | url-safe minus",
        "YTpiPj4-Pw== | url-safe minus, two pads",
        "dXNlcjpw.XNz | dot is token68 but not base64",
        "dXNlcjpw~XNz | tilde is token68 but not base64",
        "dXNlcjpw==== | four pads",
        "dXNlcjpwYXNzA=== | three pads"
      })
  void nonCanonicalBase64IsMalformed(String token, String why) {
    assertThat(extract("Basic " + token)).as(why).isEqualTo(rejected(Reason.BAD_BASE64));
  }

  @Test
  void canonicalFormsOfTheSameBytesAreAccepted() {
    assertThat(extract("Basic dXNlcjpwYXM=")).isEqualTo(present("user", "pas"));
    assertThat(extract("Basic dTp+fn4=")).isEqualTo(present("u", "~~~"));
    assertThat(extract("Basic dXNlcjpwYQ==")).isEqualTo(present("user", "pa"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dXNl cjpwYXNz",
        "dXNlcjpwYXNz, realm=x",
        "dXNl=cjpwYXNz",
        "dXNlcmlkOnNlY3J=dAo=",
        "\"dXNlcjpwYXNz\"",
        "dXNl*cjpwYXNz",
        "dXNlcjpwYXNz dXNlcjpwYXNz",
        "dXNlcjpwYXNz;",
        "=",
        "=dXNlcjpwYXNz"
      })
  void anythingButOneToken68IsMalformed(String credentials) {
    assertThat(extract("Basic " + credentials)).isEqualTo(rejected(Reason.BAD_TOKEN68));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dXNl\tcjpwYXNz",
        "dXNlcjpwYXNz\r\n",
        "dXNl\u0000cjpwYXNz",
        "dXNlcjpwYXNz\u007f",
        "dXNlcjpwYXNz\nX-Injected: 1"
      })
  void controlCharactersInTheHeaderAreMalformed(String credentials) {
    assertThat(extract("Basic " + credentials)).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
  }

  @Test
  void controlCharacterRightAfterTheSchemeIsReportedAsSuch() {
    assertThat(extract("Basic\u0000dXNlcjpwYXNz")).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "75 73 65 72 3a 70 e9", // ISO-8859-1 "user:pé"
        "75 3a c0 af", // overlong '/'
        "75 3a ed a0 80", // encoded surrogate (CESU-8)
        "75 3a f8 88 80 80 80", // five-byte form
        "75 3a c3", // truncated sequence
        "ff fe 75 00 3a 00 70 00" // UTF-16LE with BOM
      })
  void nonUtf8OctetsAreMalformed(String hexBytes) {
    String[] parts = hexBytes.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    assertThat(extract("Basic " + base64(bytes))).isEqualTo(rejected(Reason.NOT_UTF8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "us\u0000er:pass",
        "user:pa\tss",
        "user:pass\u007f",
        "user\r\n:pass",
        "user:pass\n",
        "\u001buser:pass"
      })
  void controlCharactersInUserOrPasswordAreMalformed(String userPass) {
    assertThat(extract(basic(userPass))).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
  }

  @Test
  void missingColonAndEmptyPartsAreMalformed() {
    assertThat(extract(basic("userpass"))).isEqualTo(rejected(Reason.NO_COLON));
    assertThat(extract(basic(":pass"))).isEqualTo(rejected(Reason.EMPTY_USERNAME));
    assertThat(extract(basic(":"))).isEqualTo(rejected(Reason.EMPTY_USERNAME));
    assertThat(extract(basic("user:"))).isEqualTo(rejected(Reason.EMPTY_PASSWORD));
  }

  @Test
  void headerOverEightKibibytesIsTooLargeBeforeDecoding() {
    String token = "A".repeat(Limits.FIELD_LINE_CHARS - "Basic ".length() + 1);
    assertThat(extract("Basic " + token)).isEqualTo(rejected(Reason.TOO_LARGE));
  }

  @Test
  void userIdIsCappedAt256CodePoints() {
    String emoji = "\ud83d\ude00"; // two chars, one code point
    assertThat(extract(basic(emoji.repeat(256) + ":pw")))
        .isEqualTo(present(emoji.repeat(256), "pw"));
    assertThat(extract(basic("u".repeat(257) + ":pw"))).isEqualTo(rejected(Reason.TOO_LARGE));
  }

  @Test
  void passwordIsCappedAt1024Utf8Bytes() {
    String twoByte = "é".repeat(512);
    assertThat(twoByte.getBytes(StandardCharsets.UTF_8)).hasSize(1024);
    assertThat(extract(basic("u:" + twoByte))).isEqualTo(present("u", twoByte));
    assertThat(extract(basic("u:" + twoByte + "x"))).isEqualTo(rejected(Reason.TOO_LARGE));
    assertThat(extract(basic("u:" + "\ud83d\ude00".repeat(256) + "x")))
        .isEqualTo(rejected(Reason.TOO_LARGE));
  }

  @Test
  void passwordsOfAtLeast64CharactersAreAccepted() {
    String password = "p".repeat(64) + ":" + "q".repeat(63);
    assertThat(extract(basic("user:" + password))).isEqualTo(present("user", password));
  }
}
