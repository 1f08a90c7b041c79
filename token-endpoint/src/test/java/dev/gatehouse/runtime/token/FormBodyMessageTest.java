package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: a refused token form says what is wrong, at which byte offset, in which
 * parameter and how to encode it, and never describes the bytes of a secret.
 */
class FormBodyMessageTest {
  private static final String PREFIX = "The request body is not strictly form-urlencoded UTF-8: ";

  private static TokenRequestException refusal(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
    return catchThrowableOfType(TokenRequestException.class, () -> FormBody.parse(bytes));
  }

  @Test
  void aRawSpaceInTheScopeSaysWhereAndHowToEncodeIt() {
    // What people type: curl -d '...&scope=me items'
    TokenRequestException e =
        refusal("grant_type=password&username=johndoe&password=secret&scope=me items");
    assertThat(e.error()).isEqualTo(TokenError.MALFORMED_BODY);
    assertThat(e.description())
        .isEqualTo(
            PREFIX
                + "a raw space at byte offset 61 in the scope value;"
                + " encode a space as + or %20");
    assertThat("grant_type=password&username=johndoe&password=secret&scope=me items".charAt(61))
        .isEqualTo(' ');
  }

  @Test
  void aRawControlByteIsNamedInHex() {
    assertThat(refusal("username=a\u0001b").description())
        .isEqualTo(
            PREFIX
                + "a raw byte 0x01 at byte offset 10 in the username value;"
                + " percent-encode it (a space as + or %20, other bytes as %XX of their UTF-8"
                + " encoding)");
  }

  @Test
  void aSecretsBytesAreNeverDescribedOnlyWhereItWentWrong() {
    String description = refusal("username=alice&password=hunter 2").description();
    assertThat(description)
        .isEqualTo(
            PREFIX
                + "a byte that must be percent-encoded at byte offset 30 in the password"
                + " value; encode a space as + or %20")
        .doesNotContain("hunter")
        .doesNotContain("raw space");
    assertThat(refusal("client_secret=s\u00e9cret").description())
        .contains("a byte that must be percent-encoded at byte offset 15 in the client_secret")
        .doesNotContain("0xE9");
  }

  @Test
  void anUnknownParametersNameAndValueAreNeverRepeated() {
    String description = refusal("x-my-field=a b").description();
    assertThat(description)
        .isEqualTo(
            PREFIX
                + "a byte that must be percent-encoded at byte offset 12 in a parameter"
                + " value; encode a space as + or %20")
        .doesNotContain("x-my-field");
    assertThat(refusal("secret123=1&secret123=2").description())
        .isEqualTo(TokenError.REPEATED_PARAMETER.description());
  }

  @Test
  void aBadPercentEscapeSaysHowToWriteALiteralPercent() {
    assertThat(refusal("scope=100%").description())
        .isEqualTo(
            PREFIX
                + "a % at byte offset 9 in the scope value is not followed by two hex"
                + " digits; write a literal % as %25");
    assertThat(refusal("sc%ZZope=1").description())
        .isEqualTo(
            PREFIX
                + "a % at byte offset 2 in a parameter name is not followed by two hex"
                + " digits; write a literal % as %25");
  }

  @Test
  void invalidUtf8SaysWhichValueAndWhichBytes() {
    assertThat(refusal("username=%C3&scope=me").description())
        .isEqualTo(
            PREFIX
                + "the username value (bytes 9 to 11) is not UTF-8 once percent-decoded;"
                + " percent-encode the UTF-8 bytes of each character");
  }

  @Test
  void theEndpointAnswersWithTheDetailedDescription() throws Exception {
    PasswordTokenEndpoint endpoint =
        PasswordTokenEndpoint.builder()
            .users(c -> dev.gatehouse.runtime.Verification.rejected())
            .issuer(TokenFixture.issuer())
            .publicClients()
            .build();
    TokenResponse response =
        endpoint.handle(
            "application/x-www-form-urlencoded",
            "grant_type=password&username=johndoe&password=secret&scope=me items"
                .getBytes(StandardCharsets.US_ASCII),
            List.of());
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"error\":\"invalid_request\",\"error_description\":\""
                + PREFIX
                + "a raw space at byte offset 61 in the scope value; encode a space as + or %20\"}");
  }

  private static String contentTypeRefusal(String contentType, String body) {
    return catchThrowableOfType(
            TokenRequestException.class,
            () ->
                TokenRequestForm.parseStrict(
                    contentType, body.getBytes(StandardCharsets.ISO_8859_1), List.of()))
        .description();
  }

  @Test
  void aWrongContentTypeIsNamedWhenItIsAWellFormedMediaType() {
    String form = "application/x-www-form-urlencoded";
    String must = "The request body must be application/x-www-form-urlencoded UTF-8: ";
    assertThat(contentTypeRefusal(null, "a=1")).isEqualTo(must + "the request has no Content-Type");
    assertThat(contentTypeRefusal("text/plain; charset=UTF-8", "a=1"))
        .isEqualTo(must + "the Content-Type is text/plain");
    assertThat(contentTypeRefusal("text/<script>", "a=1"))
        .isEqualTo(must + "the Content-Type is malformed");
    assertThat(contentTypeRefusal(form + "; charset=KOI8-R", "a=1"))
        .isEqualTo(
            must
                + "its parameters are malformed, repeated or name a charset other than"
                + " UTF-8, ISO-8859-1 or US-ASCII");
    assertThat(contentTypeRefusal(form + "; charset=ISO-8859-1", "username=a&password=caf%E9"))
        .isEqualTo(
            must
                + "it is labelled with a charset other than UTF-8 and has a non-ASCII"
                + " octet at byte offset 23, which that charset and UTF-8 read differently; send"
                + " UTF-8, labelled charset=UTF-8 or unlabelled");
  }
}
