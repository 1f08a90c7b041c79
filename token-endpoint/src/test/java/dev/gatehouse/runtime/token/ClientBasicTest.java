package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code client_secret_basic} parsing at its edges (RFC 6749 section 2.3.1, decision P2). */
class ClientBasicTest {

  @Test
  void readsTheWholeBase64AlphabetAndFormDecodesBothParts() throws Exception {
    // "c>~:s?~" encodes to Yz5+OnM/fg==: '+', '/', digits, both cases and padding.
    assertThat(ClientBasic.parse("Basic Yz5+OnM/fg=="))
        .isEqualTo(new ClientBasic.Parts("c>~", "s?~"));
    String encoded = Base64.getEncoder().encodeToString("a%3Ab+c:s%2B%25".getBytes());
    assertThat(ClientBasic.parse("bASIC   " + encoded))
        .isEqualTo(new ClientBasic.Parts("a:b c", "s+%"));
  }

  @Test
  void emptyIdAndSecretIsNoClient() throws Exception {
    assertThat(ClientBasic.parse("Basic Og==")).isNull();
  }

  @Test
  void fieldLineIsCappedAt8KiB() throws Exception {
    // "Basic" + 3 spaces + 8184 base64 characters = 8192.
    byte[] raw = new byte[6138];
    java.util.Arrays.fill(raw, (byte) 's');
    raw[0] = 'i';
    raw[1] = ':';
    String token = Base64.getEncoder().encodeToString(raw);
    assertThat(token).hasSize(8184);
    String atCap = "Basic   " + token;
    assertThat(atCap).hasSize(8192);
    assertThat(ClientBasic.parse(atCap).clientId()).isEqualTo("i");
    assertInvalid("Basic    " + token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic",
        "Basic ",
        "Basic A",
        "Basic\tOg==",
        "Basicc Og==",
        "Bearer Og==",
        "Basic Yz5+OnM/fg=", // length not a multiple of 4
        "Basic Yz5-OnM_fg==", // base64url alphabet
        "Basic Yz5+OnM/fg==Yz5+", // padding inside
        "Basic Yz5+OnM/fh==", // non-zero unused bits
        "Basic Yz5+OnM/f@==",
        "Basic Yz5+OnM/f[==",
        "Basic Yz5+OnM/f`==",
        "Basic Yz5+OnM/f{==",
        "Basic Yz5+OnM/f:==",
        "Basic YQ==", // no colon
        "Basic OnM=", // empty id
        "Basic Yzo=", // empty secret
        "Basic /w==", // not UTF-8
        "Basic w6k6cw==", // raw non-ASCII id
        "Basic YSUwMTpz", // id decodes to a control character
        "Basic YSU6cw==" // bad escape in the id
      })
  void refuses(String line) {
    assertInvalid(line);
  }

  private static void assertInvalid(String line) {
    assertThatThrownBy(() -> ClientBasic.parse(line))
        .isInstanceOfSatisfying(
            TokenRequestException.class,
            e -> assertThat(e.error()).isEqualTo(TokenError.INVALID_CLIENT));
  }

  @Test
  void partsNeverShowTheSecret() {
    assertThat(new ClientBasic.Parts("id", "hunter2").toString()).doesNotContain("hunter2");
  }
}
