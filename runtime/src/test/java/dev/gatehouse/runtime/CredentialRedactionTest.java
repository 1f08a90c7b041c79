package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every credential's {@code toString()} hides the secret and escapes what it shows. */
class CredentialRedactionTest {

  private static final String SECRET = "s3cr3t-Zq9";

  @Test
  void apiKeyShowsNothing() {
    ApiKey key = new ApiKey(SECRET);
    assertThat(key.toString()).isEqualTo("ApiKey[key=****]").doesNotContain(SECRET);
    assertThat(Extraction.present(key).toString()).doesNotContain(SECRET);
  }

  @Test
  void basicShowsTheUserOnly() {
    BasicCredentials basic = new BasicCredentials("alice", SECRET);
    assertThat(basic.toString()).isEqualTo("BasicCredentials[username=alice, password=****]");
    assertThat(Extraction.present(basic).toString()).doesNotContain(SECRET).contains("alice");
  }

  @Test
  void bearerShowsTheTransportOnly() {
    BearerToken token = new BearerToken(SECRET, BearerToken.Transport.QUERY);
    assertThat(token.toString()).isEqualTo("BearerToken[transport=QUERY, token=****]");
    assertThat(Extraction.present(token).toString()).doesNotContain(SECRET);
  }

  @Test
  void authorizationCredentialsShowTheSchemeOnly() {
    AuthorizationCredentials c = new AuthorizationCredentials("HOBA", SECRET);
    assertThat(c.toString()).isEqualTo("AuthorizationCredentials[scheme=HOBA, credentials=****]");
  }

  @Test
  void digestShowsNeitherResponseNorNoncesNorOpaque() {
    DigestCredentials c =
        new DigestCredentials(
            "bob",
            Map.of(
                "username",
                "bob",
                "realm",
                "test",
                "nonce",
                SECRET + "n",
                "uri",
                "/",
                "response",
                SECRET + "r",
                "cnonce",
                SECRET + "c",
                "opaque",
                SECRET + "o",
                "algorithm",
                "SHA-256"));
    assertThat(c.toString())
        .isEqualTo("DigestCredentials[username=bob, realm=test, algorithm=SHA-256, response=****]")
        .doesNotContain(SECRET);
  }

  @Test
  void shownPartsCannotForgeLogLines() {
    BasicCredentials basic = new BasicCredentials("eve\r\nINFO admin logged in\u202e\\", SECRET);
    assertThat(basic.toString())
        .isEqualTo(
            "BasicCredentials[username=eve\\u000d\\u000aINFO admin logged in\\u202e\\\\,"
                + " password=****]")
        .doesNotContain("\n")
        .doesNotContain("\r");
    assertThat(new BasicCredentials("caf\u00e9 \ud83d\ude00", SECRET).toString())
        .contains("café \ud83d\ude00");
    assertThat(new BasicCredentials("x\ud800", SECRET).toString()).contains("x\\ud800");
  }

  @Test
  void equalityStillComparesValuesForTests() {
    assertThat(new BasicCredentials("a", "b")).isEqualTo(new BasicCredentials("a", "b"));
    assertThat(new BasicCredentials("a", "b")).isNotEqualTo(new BasicCredentials("a", "c"));
    assertThat(new ApiKey("k")).isNotEqualTo(new ApiKey("K"));
  }
}
