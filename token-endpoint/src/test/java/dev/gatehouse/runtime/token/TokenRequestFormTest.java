package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.runtime.token.TokenRequestForm.ClientAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenRequestFormTest {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String LOGIN = "grant_type=password&username=alice&password=pass";

  private static TokenRequestForm parse(String body) throws TokenRequestException {
    return TokenRequestForm.parse(FORM, bytes(body), List.of());
  }

  private static TokenRequestForm strict(String body) throws TokenRequestException {
    return TokenRequestForm.parseStrict(FORM, bytes(body), List.of());
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static TokenError refusal(String contentType, byte[] body, List<String> authorization) {
    TokenRequestException e =
        catchThrowableOfType(
            TokenRequestException.class,
            () -> TokenRequestForm.parseStrict(contentType, body, authorization));
    assertThat(e).as("refused").isNotNull();
    return e.error();
  }

  private static TokenError refusal(String body) {
    return refusal(FORM, bytes(body), List.of());
  }

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(bytes(userPass));
  }

  @Test
  void readsEveryField() throws Exception {
    TokenRequestForm form =
        strict(LOGIN + "&scope=read+write&client_id=web&client_secret=s3cret&extra=ignored");
    assertThat(form.grantType()).contains("password");
    assertThat(form.username()).isEqualTo("alice");
    assertThat(form.password()).isEqualTo("pass");
    assertThat(form.scopes()).containsExactly("read", "write");
    assertThat(form.clientId()).contains("web");
    assertThat(form.clientSecret()).contains("s3cret");
    assertThat(form.clientAuthentication()).isEqualTo(ClientAuthentication.CLIENT_SECRET_POST);
  }

  @Test
  void fastApiEchoExampleHasNoScopesAndNoClient() throws Exception {
    TokenRequestForm form = strict("username=johndoe&password=secret&grant_type=password");
    assertThat(form.scopes()).isEmpty();
    assertThat(form.clientId()).isEmpty();
    assertThat(form.clientSecret()).isEmpty();
    assertThat(form.clientAuthentication()).isEqualTo(ClientAuthentication.NONE);
  }

  @Test
  void decodesPercentEscapesPlusAndUtf8() throws Exception {
    TokenRequestForm form = strict("grant_type=password&username=caf%C3%A9&password=p+a%2Bs%26s");
    assertThat(form.username()).isEqualTo("café");
    assertThat(form.password()).isEqualTo("p a+s&s");
  }

  @Test
  void normalisesUsernameAndPasswordToNfc() throws Exception {
    // "cafe" + U+0301 COMBINING ACUTE ACCENT, and "pe" + U+0301
    TokenRequestForm form = strict("grant_type=password&username=cafe%CC%81&password=pe%CC%81");
    assertThat(form.username()).isEqualTo("caf\u00e9");
    assertThat(form.password()).isEqualTo("p\u00e9");
  }

  @Test
  void scopeListsAreSplitAtSingleSpacesKeepingFirstOccurrenceOrder() throws Exception {
    assertThat(strict(LOGIN + "&scope=write+read+write+items").scopes())
        .containsExactly("write", "read", "items");
    assertThat(strict(LOGIN + "&scope=me%20items").scopes()).containsExactly("me", "items");
    assertThat(strict(LOGIN + "&scope=Read+read").scopes()).containsExactly("Read", "read");
  }

  /**
   * Issue 21: RFC 6749 section 3.3 allows one SP between tokens; the list is refused, not repaired.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "read%20%20write",
        "read++write",
        "+read",
        "read+",
        "%20read",
        "+",
        "+++",
        "++write+++read+write++items+"
      })
  void refusesScopeListsWithEmptyTokens(String scope) {
    assertThat(refusal(LOGIN + "&scope=" + scope)).isEqualTo(TokenError.MALFORMED_SCOPE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"read%09write", "read%0Awrite", "a%22b", "a%5Cb", "caf%C3%A9", "x%00"})
  void refusesScopeTokensOutsideRfc6749(String scope) {
    assertThat(refusal(LOGIN + "&scope=" + scope)).isEqualTo(TokenError.MALFORMED_SCOPE);
  }

  @Test
  void emptyValuesCountAsAbsent() throws Exception {
    TokenRequestForm form = parse("grant_type=&username=alice&password=pass&scope=&client_id=");
    assertThat(form.grantType()).isEmpty();
    assertThat(form.scopes()).isEmpty();
    assertThat(form.clientId()).isEmpty();
    assertThat(refusal("grant_type=password&username=&password=pass"))
        .isEqualTo(TokenError.MISSING_CREDENTIALS);
    assertThat(refusal("grant_type=password&username=alice&password"))
        .isEqualTo(TokenError.MISSING_CREDENTIALS);
    assertThat(refusal("grant_type=&username=alice&password=pass"))
        .isEqualTo(TokenError.MISSING_GRANT_TYPE);
  }

  @Test
  void permissiveFormAllowsAMissingGrantTypeStrictDoesNot() throws Exception {
    assertThat(parse("username=alice&password=pass").grantType()).isEmpty();
    assertThat(refusal("username=alice&password=pass")).isEqualTo(TokenError.MISSING_GRANT_TYPE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "incorrect",
        "passwordblah",
        "blahpassword",
        "Password",
        "password+",
        "+password",
        "client_credentials",
        "pass%00word"
      })
  void grantTypeMustBeExactlyPasswordInBothForms(String grantType) {
    String body = "grant_type=" + grantType + "&username=alice&password=pass";
    assertThat(refusal(body)).isEqualTo(TokenError.UNSUPPORTED_GRANT_TYPE);
    TokenRequestException lenient =
        catchThrowableOfType(
            TokenRequestException.class,
            () -> TokenRequestForm.parse(FORM, bytes(body), List.of()));
    assertThat(lenient.error()).isEqualTo(TokenError.UNSUPPORTED_GRANT_TYPE);
  }

  @Test
  void unsupportedGrantTypeIsReportedBeforeMissingCredentials() {
    assertThat(refusal("grant_type=client_credentials"))
        .isEqualTo(TokenError.UNSUPPORTED_GRANT_TYPE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        LOGIN + "&username=bob",
        LOGIN + "&password=pass",
        LOGIN + "&grant_type=password",
        LOGIN + "&scope=a&scope=b",
        LOGIN + "&client_id=a&client_id=a",
        LOGIN + "&user%6Eame=bob",
        LOGIN + "&x=1&x=2",
        LOGIN + "&username="
      })
  void refusesAnyRepeatedParameter(String body) {
    assertThat(refusal(body)).isEqualTo(TokenError.REPEATED_PARAMETER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%",
        "%4",
        "%zz",
        "%G1",
        "a b",
        "caf\u00e9",
        "%C3",
        "%C3%28",
        "%ED%A0%80",
        "%C0%AF",
        "%F8%88%80%80%80",
        "tab\there",
        "x\ny"
      })
  void refusesMalformedEncodingAnywhereInTheBody(String bad) {
    assertThat(refusal(LOGIN + "&password2=" + bad)).isEqualTo(TokenError.MALFORMED_BODY);
    assertThat(refusal(bad + "=1&" + LOGIN)).isEqualTo(TokenError.MALFORMED_BODY);
  }

  @Test
  void skipsEmptyPairsAndKeepsSemicolonsAndEqualsAsData() throws Exception {
    TokenRequestForm form = strict("&&grant_type=password&&username=a;b&password=x=y&");
    assertThat(form.username()).isEqualTo("a;b");
    assertThat(form.password()).isEqualTo("x=y");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        FORM,
        "Application/X-WWW-Form-URLEncoded",
        FORM + ";charset=UTF-8",
        FORM + "; charset=utf-8",
        FORM + "; charset=\"UTF-8\"",
        FORM + " ; charset=UTF-8 ",
        FORM + "; foo=bar"
      })
  void acceptsTheFormMediaTypeWithUtf8Parameters(String contentType) throws Exception {
    assertThat(TokenRequestForm.parseStrict(contentType, bytes(LOGIN), List.of()).username())
        .isEqualTo("alice");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "application/json",
        "multipart/form-data; boundary=x",
        "text/plain",
        FORM + "; charset=UTF-8; charset=UTF-8",
        FORM + "; charset=ISO-8859-1; charset=ISO-8859-1",
        FORM + "; charset=ISO-8859-1; charset=UTF-8",
        FORM + "; charset=UTF-8; charset=US-ASCII",
        FORM + "; charset=latin1",
        FORM + "; charset=ISO_8859-1",
        FORM + "; charset=ISO8859-1",
        FORM + "; charset=ISO-8859-15",
        FORM + "; charset=windows-1252",
        FORM + "; charset=ASCII",
        FORM + "; charset=UTF-16",
        FORM + "; charset=\"ISO-8859-1",
        FORM + "; charset=ISO-8859-1\"",
        FORM + "; charset=\"\"",
        FORM + "; charset=\u0130SO-8859-1",
        FORM + ";",
        FORM + "; charset",
        FORM + "; =x",
        FORM + "x",
        "application/x-www-form-urlencoded\u0130"
      })
  void refusesAnyOtherContentType(String contentType) {
    assertThat(refusal(contentType, bytes(LOGIN), List.of()))
        .isEqualTo(TokenError.UNSUPPORTED_CONTENT_TYPE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        FORM + "; charset=ISO-8859-1",
        FORM + ";charset=iso-8859-1",
        FORM + "; Charset=\"ISO-8859-1\"",
        FORM + " ; CHARSET=Iso-8859-1 ; foo=bar",
        FORM + "; charset=US-ASCII",
        FORM + "; charset=\"us-ascii\""
      })
  void acceptsAnAsciiCompatibleLabelOnAnAllAsciiBody(String contentType) throws Exception {
    // Apache HttpClient's default label; "%25E9" is the ASCII text "%E9", "%7E" is "~".
    String body = "grant_type=password&username=alice&password=p%7Eas+s%25E9&scope=read&extra=%21";
    TokenRequestForm form = TokenRequestForm.parseStrict(contentType, bytes(body), List.of());
    assertThat(form.username()).isEqualTo("alice");
    assertThat(form.password()).isEqualTo("p~as s%E9");
    assertThat(form.scopes()).containsExactly("read");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "grant_type=password&username=alice&password=caf%E9", // é in ISO-8859-1, invalid UTF-8
        "grant_type=password&username=alice&password=caf%C3%A9", // é in UTF-8, Ã© in ISO-8859-1
        "grant_type=password&username=alice&password=pass&extra=%80", // even if unused
        "grant_type=password&username=alice&password=pass&%c3%a9=x", // in a name, lower-case hex
        "grant_type=password&username=alice&password=pass&extra=%FF"
      })
  void refusesAnAsciiCompatibleLabelWithANonAsciiOctet(String body) {
    for (String charset : List.of("ISO-8859-1", "US-ASCII", "\"iso-8859-1\"")) {
      assertThat(refusal(FORM + "; charset=" + charset, bytes(body), List.of()))
          .as(charset + " " + body)
          .isEqualTo(TokenError.UNSUPPORTED_CONTENT_TYPE);
    }
  }

  @Test
  void refusesAnAsciiCompatibleLabelWithARawNonAsciiOctet() {
    byte[] latin1 = (LOGIN + "&extra=caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = bytes(LOGIN + "&extra=caf\u00e9");
    for (byte[] body : List.of(latin1, utf8)) {
      assertThat(refusal(FORM + "; charset=ISO-8859-1", body, List.of()))
          .isEqualTo(TokenError.UNSUPPORTED_CONTENT_TYPE);
      // Unlabelled, a raw octet is a malformed body, as before.
      assertThat(refusal(FORM, body, List.of())).isEqualTo(TokenError.MALFORMED_BODY);
    }
  }

  @Test
  void readsTheSameNonAsciiBodyWhenLabelledUtf8OrNotAtAll() throws Exception {
    String body = "grant_type=password&username=alice&password=caf%C3%A9";
    for (String contentType : List.of(FORM, FORM + "; charset=UTF-8")) {
      assertThat(TokenRequestForm.parseStrict(contentType, bytes(body), List.of()).password())
          .isEqualTo("caf\u00e9");
    }
  }

  @Test
  void refusesAMissingContentType() {
    assertThat(refusal(null, bytes(LOGIN), List.of()))
        .isEqualTo(TokenError.UNSUPPORTED_CONTENT_TYPE);
  }

  @Test
  void capsTheBodyAt64KiB() throws Exception {
    String padding = "&pad=" + "x".repeat(TokenRequestForm.MAX_BODY_BYTES);
    byte[] big = bytes((LOGIN + padding).substring(0, TokenRequestForm.MAX_BODY_BYTES + 1));
    assertThat(refusal(FORM, big, List.of())).isEqualTo(TokenError.BODY_TOO_LARGE);
    byte[] justFits = bytes((LOGIN + padding).substring(0, TokenRequestForm.MAX_BODY_BYTES));
    assertThat(TokenRequestForm.parseStrict(FORM, justFits, List.of()).username())
        .isEqualTo("alice");
  }

  @Test
  void readsANullBodyAsEmpty() {
    assertThat(refusal(FORM, null, List.of())).isEqualTo(TokenError.MISSING_GRANT_TYPE);
    assertThat(refusal(FORM, new byte[0], null)).isEqualTo(TokenError.MISSING_GRANT_TYPE);
  }

  @Test
  void refusesControlCharactersAndOversizedCredentials() {
    assertThat(refusal("grant_type=password&username=al%00ice&password=pass"))
        .isEqualTo(TokenError.MALFORMED_CREDENTIALS);
    assertThat(refusal("grant_type=password&username=alice&password=pa%0Ass"))
        .isEqualTo(TokenError.MALFORMED_CREDENTIALS);
    assertThat(refusal("grant_type=password&username=" + "u".repeat(257) + "&password=pass"))
        .isEqualTo(TokenError.MALFORMED_CREDENTIALS);
    assertThat(refusal("grant_type=password&username=alice&password=" + "p".repeat(1025)))
        .isEqualTo(TokenError.MALFORMED_CREDENTIALS);
  }

  @Test
  void readsClientBasicWithFormEncodedParts() throws Exception {
    TokenRequestForm form =
        TokenRequestForm.parseStrict(FORM, bytes(LOGIN), List.of(basic("my%3Aclient:s%2Bc+r%25t")));
    assertThat(form.clientId()).contains("my:client");
    assertThat(form.clientSecret()).contains("s+c r%t");
    assertThat(form.clientAuthentication()).isEqualTo(ClientAuthentication.CLIENT_SECRET_BASIC);
  }

  @Test
  void acceptsBasicSchemeCaseInsensitivelyAndExtraSpaces() throws Exception {
    String token = Base64.getEncoder().encodeToString(bytes("web:secret"));
    for (String line : List.of("basic " + token, "BASIC   " + token, " Basic " + token + " ")) {
      assertThat(TokenRequestForm.parseStrict(FORM, bytes(LOGIN), List.of(line)).clientId())
          .contains("web");
    }
  }

  @Test
  void treatsAnEmptyAuthorizationLineAsAbsent() throws Exception {
    TokenRequestForm form = TokenRequestForm.parseStrict(FORM, bytes(LOGIN), List.of(" "));
    assertThat(form.clientAuthentication()).isEqualTo(ClientAuthentication.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic",
        "Basic ",
        "Bearer abc",
        "Digest username=\"x\"",
        "Basicx d2ViOnNlY3JldA==",
        "Basic\td2ViOnNlY3JldA==",
        "Basic d2ViOnNlY3JldA",
        "Basic d2ViOnNlY3JldB==",
        "Basic d2ViOnNlY3JldA== x",
        "Basic *2ViOnNlY3JldA==",
        "Basİc d2ViOnNlY3JldA=="
      })
  void refusesMalformedOrForeignAuthorizationAsInvalidClient(String line) {
    assertThat(refusal(FORM, bytes(LOGIN), List.of(line))).isEqualTo(TokenError.INVALID_CLIENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "websecret",
        ":secret",
        "web:",
        "we%zzb:secret",
        "web:se cret",
        "web:s%00",
        "w\u00e9b:secret"
      })
  void refusesBadBasicPayloadsAsInvalidClient(String userPass) {
    assertThat(refusal(FORM, bytes(LOGIN), List.of(basic(userPass))))
        .isEqualTo(TokenError.INVALID_CLIENT);
  }

  @Test
  void refusesBasicThatIsNotUtf8() {
    String line = "Basic " + Base64.getEncoder().encodeToString(new byte[] {'w', ':', (byte) 0xff});
    assertThat(refusal(FORM, bytes(LOGIN), List.of(line))).isEqualTo(TokenError.INVALID_CLIENT);
  }

  @Test
  void refusesTwoAuthorizationLines() {
    List<String> two = List.of(basic("web:secret"), basic("web:secret"));
    assertThat(refusal(FORM, bytes(LOGIN), two)).isEqualTo(TokenError.REPEATED_AUTHORIZATION);
  }

  @Test
  void refusesClientCredentialsInBothBasicAndBody() {
    List<String> auth = List.of(basic("web:secret"));
    assertThat(refusal(FORM, bytes(LOGIN + "&client_id=web&client_secret=secret"), auth))
        .isEqualTo(TokenError.MULTIPLE_CLIENT_AUTHENTICATION);
    assertThat(refusal(FORM, bytes(LOGIN + "&client_id=web"), auth))
        .isEqualTo(TokenError.MULTIPLE_CLIENT_AUTHENTICATION);
    assertThat(refusal(FORM, bytes(LOGIN + "&client_secret=secret"), auth))
        .isEqualTo(TokenError.MULTIPLE_CLIENT_AUTHENTICATION);
  }

  @Test
  void refusesAClientSecretWithoutAnId() {
    assertThat(refusal(LOGIN + "&client_secret=s3cret"))
        .isEqualTo(TokenError.CLIENT_SECRET_WITHOUT_ID);
  }

  @Test
  void aPublicClientMayNameItselfWithoutASecret() throws Exception {
    TokenRequestForm form = strict(LOGIN + "&client_id=swagger-ui");
    assertThat(form.clientId()).contains("swagger-ui");
    assertThat(form.clientAuthentication()).isEqualTo(ClientAuthentication.NONE);
  }

  @Test
  void toStringShowsNoSecretAndEscapesTheUsername() throws Exception {
    TokenRequestForm form =
        strict(
            "grant_type=password&username=ev%E2%80%A8il&password=hunter2&client_id=web"
                + "&client_secret=topsecret");
    assertThat(form.toString())
        .doesNotContain("hunter2")
        .doesNotContain("topsecret")
        .contains("username=ev\\u2028il")
        .contains("password=****")
        .contains("clientSecret=****");
    TokenRequestForm basic =
        TokenRequestForm.parseStrict(FORM, bytes(LOGIN), List.of(basic("web:topsecret")));
    assertThat(basic.toString()).doesNotContain("topsecret");
  }

  @Test
  void refusalMessagesNameTheParameterNeverItsValue() {
    TokenRequestException e =
        catchThrowableOfType(
            TokenRequestException.class,
            () -> strict("grant_type=password&username=alice&password=hunter2&password=x"));
    assertThat(e).hasMessage("The password parameter is repeated; send each parameter once");
    assertThat(e.description()).isEqualTo(e.getMessage());
    assertThat(e.toString()).doesNotContain("hunter2");
    assertThat(e.getStackTrace()).isEmpty();
  }
}
