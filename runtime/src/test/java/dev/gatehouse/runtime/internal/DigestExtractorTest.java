package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digest auth-param extraction without verification (security rules 1.7.3-1.7.4). */
class DigestExtractorTest {

  private static final String VALID =
      "Digest username=\"user\", realm=\"test\", nonce=\"n0nce\", uri=\"/digest\", qop=auth,"
          + " nc=00000001, cnonce=\"c\", response=\"0a1b\", opaque=\"o\", algorithm=SHA-256";

  private final CredentialExtractor<DigestCredentials> extractor = Extractors.digest();

  private Extraction<DigestCredentials> extract(String path, String query, String... headers) {
    SimpleRequest.Builder builder = SimpleRequest.builder().path(path).rawQuery(query);
    for (String header : headers) {
      builder.header("Authorization", header);
    }
    return extractor.extract(builder.build());
  }

  private Extraction<DigestCredentials> extract(String header) {
    return extract("/digest", null, header);
  }

  private static Extraction<DigestCredentials> rejected(Reason reason) {
    return Extraction.rejected(reason);
  }

  private DigestCredentials credentials(String header) {
    Extraction<DigestCredentials> result = extract(header);
    assertThat(result).isInstanceOf(Extraction.Present.class);
    return ((Extraction.Present<DigestCredentials>) result).credential();
  }

  @Test
  void parsesEveryParameter() {
    DigestCredentials c = credentials(VALID);
    assertThat(c.username()).isEqualTo("user");
    assertThat(c.realm()).isEqualTo("test");
    assertThat(c.nonce()).isEqualTo("n0nce");
    assertThat(c.uri()).isEqualTo("/digest");
    assertThat(c.response()).isEqualTo("0a1b");
    assertThat(c.qop()).contains("auth");
    assertThat(c.nc()).contains("00000001");
    assertThat(c.cnonce()).contains("c");
    assertThat(c.opaque()).contains("o");
    assertThat(c.algorithm()).contains("SHA-256");
    assertThat(c.userhash()).isFalse();
    assertThat(c.params())
        .containsOnlyKeys(
            "username",
            "realm",
            "nonce",
            "uri",
            "qop",
            "nc",
            "cnonce",
            "response",
            "opaque",
            "algorithm");
  }

  @Test
  void namesAreCaseInsensitiveAndTokenOrQuotedValuesAreEquivalent() {
    DigestCredentials c =
        credentials("dIgEsT USERNAME=user , Realm = test,NONCE=\"n\",Uri=\"/digest\",response=ab");
    assertThat(c.username()).isEqualTo("user");
    assertThat(c.realm()).isEqualTo("test");
    assertThat(c.param("ReSpOnSe")).contains("ab");
    assertThat(c.qop()).isEmpty();
  }

  @Test
  void quotedPairsAreUnescapedExactlyOnce() {
    DigestCredentials c =
        credentials(
            "Digest username=\"a\\\"b\\\\\\\\c\\d\", realm=\"t\", nonce=n, uri=\"/digest\","
                + " response=r");
    assertThat(c.username()).isEqualTo("a\"b\\\\cd");
  }

  @Test
  void emptyListElementsAreTolerated() {
    assertThat(extract("Digest , username=u,, realm=r , ,nonce=n,uri=\"/digest\",response=x,"))
        .isEqualTo(
            Extraction.present(
                new DigestCredentials(
                    "u",
                    Map.of(
                        "username",
                        "u",
                        "realm",
                        "r",
                        "nonce",
                        "n",
                        "uri",
                        "/digest",
                        "response",
                        "x"),
                    "GET")));
  }

  @Test
  void theCredentialsCarryTheRequestMethodForTheResponseDigest() {
    assertThat(credentials(VALID).method()).isEqualTo("GET");
  }

  @Test
  void duplicateParameterIsAmbiguous() {
    assertThat(extract(VALID + ", Realm=\"other\""))
        .isEqualTo(rejected(Reason.DUPLICATE_AUTH_PARAM));
    assertThat(extract(VALID + ", nc=00000001")).isEqualTo(rejected(Reason.DUPLICATE_AUTH_PARAM));
  }

  @Test
  void uriMustEqualTheRequestTarget() {
    assertThat(extract("/other", null, VALID)).isEqualTo(rejected(Reason.DIGEST_URI_MISMATCH));
    assertThat(extract("/digest", "a=1", VALID)).isEqualTo(rejected(Reason.DIGEST_URI_MISMATCH));
    assertThat(extract("/digest", "", VALID)).isEqualTo(rejected(Reason.DIGEST_URI_MISMATCH));
    assertThat(extract("/Digest", null, VALID)).isEqualTo(rejected(Reason.DIGEST_URI_MISMATCH));
    String withQuery = VALID.replace("uri=\"/digest\"", "uri=\"/digest?a=1\"");
    assertThat(extract("/digest", "a=1", withQuery)).isInstanceOf(Extraction.Present.class);
    String absolute = VALID.replace("uri=\"/digest\"", "uri=\"http://h/digest\"");
    assertThat(extract(absolute)).isEqualTo(rejected(Reason.DIGEST_URI_MISMATCH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"username", "realm", "nonce", "uri", "response", "nc", "cnonce"})
  void requiredParametersMustBePresent(String name) {
    String header = VALID.replaceFirst("(, )?\\b" + name + "=(\"[^\"]*\"|[^,]*)", "");
    assertThat(header).doesNotContain(" " + name + "=");
    assertThat(extract(header)).isEqualTo(rejected(Reason.MISSING_AUTH_PARAM));
  }

  @Test
  void extendedUsernameIsDecodedAsUtf8() {
    String header = VALID.replace("username=\"user\"", "username*=UTF-8''J%C3%A4s%C3%B8n%20Doe");
    assertThat(credentials(header).username()).isEqualTo("Jäsøn Doe");
    String withLanguage = VALID.replace("username=\"user\"", "username*=utf-8'en'u");
    assertThat(credentials(withLanguage).username()).isEqualTo("u");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ISO-8859-1''J%E4son",
        "ISO-8859-1''Jason",
        "''Jason",
        "UTF-8''J%C3",
        "UTF-8'J",
        "J%C3%A4son",
        "UTF-8''a b",
        "UTF-8''%zz",
        "UTF-8'e n'x"
      })
  void badExtendedUsernameIsMalformed(String value) {
    String header = VALID.replace("username=\"user\"", "username*=\"" + value + "\"");
    assertThat(extract(header)).isEqualTo(rejected(Reason.BAD_AUTH_PARAM));
  }

  @Test
  void conflictingUsernameParametersAreMalformed() {
    assertThat(extract(VALID + ", username*=UTF-8''u"))
        .isEqualTo(rejected(Reason.CONFLICTING_AUTH_PARAMS));
    String hashed = VALID.replace("username=\"user\"", "username*=UTF-8''u, userhash=true");
    assertThat(extract(hashed)).isEqualTo(rejected(Reason.CONFLICTING_AUTH_PARAMS));
  }

  @Test
  void userhashIsABoolean() {
    assertThat(credentials(VALID + ", userhash=\"TRUE\"").userhash()).isTrue();
    assertThat(credentials(VALID + ", userhash=false").userhash()).isFalse();
    assertThat(extract(VALID + ", userhash=yes")).isEqualTo(rejected(Reason.BAD_AUTH_PARAM));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0000000A", "000000001", "0000000g", "0000 001"})
  void nonceCountIsEightLowerCaseHexDigits(String nc) {
    String header = VALID.replace("nc=00000001", "nc=\"" + nc + "\"");
    assertThat(extract(header)).isEqualTo(rejected(Reason.BAD_AUTH_PARAM));
  }

  @Test
  void emptyOrControlCharacterUsernameIsMalformed() {
    assertThat(extract(VALID.replace("username=\"user\"", "username=\"\"")))
        .isEqualTo(rejected(Reason.EMPTY_USERNAME));
    assertThat(extract(VALID.replace("username=\"user\"", "username*=UTF-8''a%0Ab")))
        .isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    assertThat(extract(VALID.replace("username=\"user\"", "username=\"a\tb\"")))
        .isEqualTo(rejected(Reason.CONTROL_CHARACTER));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Digest foobar",
        "Digest username=\"unterminated",
        "Digest a=b c=d",
        "Digest =x",
        "Digest a=",
        "Digest a",
        "Digest , ,",
        "Digest a=b,c",
        "Digest a=\"x\"y",
        "Digest a=\"x\\",
        "Digest a==b",
        "Digest a=b;c=d",
        "Digest \"a\"=b"
      })
  void invalidAuthParamSyntaxIsMalformed(String header) {
    assertThat(extract(header)).isEqualTo(rejected(Reason.BAD_AUTH_PARAM));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Digest",
        "Digest  ",
        "Basic dXNlcjpwYXNz",
        "Dİgest username=u",
        "dıgest username=u",
        "Bearer tok"
      })
  void noDigestCredentialsAreAbsent(String header) {
    assertThat(extract(header)).isEqualTo(Extraction.absent());
  }

  @Test
  void headerLevelRulesApply() {
    assertThat(extract("/digest", null, VALID, VALID))
        .isEqualTo(rejected(Reason.DUPLICATE_AUTHORIZATION));
    assertThat(extract(VALID.replace("Digest ", "Digest\t")))
        .isEqualTo(rejected(Reason.BAD_SCHEME_SEPARATOR));
    assertThat(extract(VALID + "\r\n")).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    assertThat(extract(VALID + ", x=\"" + "a".repeat(Limits.FIELD_LINE_CHARS) + "\""))
        .isEqualTo(rejected(Reason.TOO_LARGE));
    assertThat(extract(VALID.replace("Digest ", "digest   ")))
        .isInstanceOf(Extraction.Present.class);
  }
}
