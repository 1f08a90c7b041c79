package dev.gatehouse.runtime.token;

import static dev.gatehouse.runtime.token.TokenFixture.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordTokenEndpointTest {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String LOGIN = "grant_type=password&username=alice&password=hunter2";
  private static final String CHALLENGE = "Basic realm=\"test\", charset=\"UTF-8\"";
  private static final Map<String, String> ERROR_HEADERS =
      Map.of("Content-Type", "application/json;charset=UTF-8", "Cache-Control", "no-store");

  /** web/topsecret and my:client/s3cret. */
  private static final Verifier<BasicCredentials> CLIENTS =
      c -> {
        boolean ok =
            c.username().equals("web") && c.password().equals("topsecret")
                || c.username().equals("my:client") && c.password().equals("s3cret");
        return ok ? Verification.granted(c.username()) : Verification.rejected();
      };

  private static PasswordTokenEndpoint.Builder endpoint() {
    return PasswordTokenEndpoint.builder().users(USERS).issuer(TokenFixture.issuer()).realm("test");
  }

  private static final PasswordTokenEndpoint PUBLIC = endpoint().publicClients().build();
  private static final PasswordTokenEndpoint CONFIDENTIAL = endpoint().clients(CLIENTS).build();

  private static TokenResponse post(PasswordTokenEndpoint endpoint, String body, String... auth) {
    return endpoint.handle(FORM, body.getBytes(StandardCharsets.UTF_8), List.of(auth));
  }

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  private static String errorBody(String error, String description) {
    return "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}";
  }

  private static void assertError(TokenResponse r, int status, String error, String description) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.body()).isEqualTo(errorBody(error, description));
    if (status == 401) {
      assertThat(r.headers()).containsExactlyEntriesOf(withChallenge());
    } else {
      assertThat(r.headers()).containsExactlyInAnyOrderEntriesOf(ERROR_HEADERS);
    }
  }

  private static Map<String, String> withChallenge() {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("Content-Type", "application/json;charset=UTF-8");
    headers.put("Cache-Control", "no-store");
    headers.put("WWW-Authenticate", CHALLENGE);
    return headers;
  }

  private static Map<String, Object> json(TokenResponse r) throws Exception {
    return JSONObjectUtils.parse(r.body());
  }

  private static JWTClaimsSet claims(TokenResponse r) throws Exception {
    String token = (String) json(r).get("access_token");
    return TokenFixture.verify(token, TokenFixture.issuer(), JWSAlgorithm.RS256);
  }

  @Test
  void issuesABearerTokenWithNoStoreHeaders() throws Exception {
    TokenResponse r = post(PUBLIC, LOGIN + "&scope=read");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers())
        .containsExactly(
            Map.entry("Content-Type", "application/json;charset=UTF-8"),
            Map.entry("Cache-Control", "no-store"),
            Map.entry("Pragma", "no-cache"));
    Map<String, Object> json = json(r);
    assertThat(json).containsOnlyKeys("access_token", "token_type", "expires_in", "scope");
    assertThat(json).containsEntry("token_type", "Bearer").containsEntry("scope", "read");
    assertThat(((Number) json.get("expires_in")).longValue()).isEqualTo(900);
    JWTClaimsSet claims = claims(r);
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getStringClaim("scope")).isEqualTo("read");
    assertThat(claims.getClaim("client_id")).isNull();
    assertThat(r.toString()).doesNotContain((String) json.get("access_token"));
  }

  @Test
  void withoutRequestedScopeGrantsTheUsersScopesSorted() throws Exception {
    TokenResponse r = post(PUBLIC, LOGIN);
    assertThat(json(r)).containsEntry("scope", "read write");
    assertThat(claims(r).getStringClaim("scope")).isEqualTo("read write");
  }

  @Test
  void narrowsToTheRequestedScopesInRequestOrder() throws Exception {
    TokenResponse r = post(PUBLIC, LOGIN + "&scope=write+read+write");
    assertThat(json(r)).containsEntry("scope", "write read");
    assertThat(claims(r).getStringClaim("scope")).isEqualTo("write read");
  }

  /** Issue 21: {@code read%20%20write} was answered with a token for {@code read write}. */
  @Test
  void aMalformedScopeListIsInvalidScopeNotRepaired() throws Exception {
    for (String scope : new String[] {"read%20%20write", "+read", "read+", "read%09write"}) {
      TokenResponse r = post(PUBLIC, LOGIN + "&scope=" + scope);
      assertThat(r.status()).as(scope).isEqualTo(400);
      assertThat(json(r)).as(scope).containsEntry("error", "invalid_scope");
      assertThat(r.body()).doesNotContain("access_token");
    }
  }

  @Test
  void aUserWithoutScopesGetsATokenWithoutScope() throws Exception {
    // The form sends the name decomposed (e + U+0301); the store holds NFC (decision P3).
    TokenResponse r = post(PUBLIC, "grant_type=password&username=cafe%CC%81&password=pw");
    assertThat(json(r)).containsOnlyKeys("access_token", "token_type", "expires_in");
    JWTClaimsSet claims = claims(r);
    assertThat(claims.getSubject()).isEqualTo("café");
    assertThat(claims.getClaims()).doesNotContainKey("scope");
  }

  @Test
  void requestingAScopeTheUserLacksIsInvalidScope() {
    assertError(
        post(PUBLIC, LOGIN + "&scope=read+admin"),
        400,
        "invalid_scope",
        "The requested scope exceeds the scope granted");
    assertError(
        post(PUBLIC, "grant_type=password&username=caf%C3%A9&password=pw&scope=read"),
        400,
        "invalid_scope",
        "The requested scope exceeds the scope granted");
  }

  @Test
  void wrongPasswordUnknownUserAndDisabledUserAreTheSameInvalidGrant() {
    List<TokenResponse> responses =
        List.of(
            post(PUBLIC, "grant_type=password&username=alice&password=wrong"),
            post(PUBLIC, "grant_type=password&username=nobody&password=hunter2"),
            post(PUBLIC, "grant_type=password&username=bob&password=hunter2"),
            post(PUBLIC, "grant_type=password&username=Alice&password=hunter2"),
            post(PUBLIC, "grant_type=password&username=alice&password=hunter2+"));
    for (TokenResponse r : responses) {
      assertError(r, 400, "invalid_grant", "The username or password is incorrect");
    }
  }

  @Test
  void disabledUserWithTheRightPasswordIsInvalidGrant() {
    assertError(
        post(PUBLIC, "grant_type=password&username=bob&password=hunter2&scope=read"),
        400,
        "invalid_grant",
        "The username or password is incorrect");
  }

  @Test
  void answersEachRequestErrorWithItsCodeStatusAndHeaders() {
    assertError(
        PUBLIC.handle("application/json", "{}".getBytes(StandardCharsets.UTF_8), List.of()),
        400,
        "invalid_request",
        "The request body must be application/x-www-form-urlencoded UTF-8: the Content-Type is"
            + " application/json");
    assertError(
        PUBLIC.handle(FORM, new byte[TokenRequestForm.MAX_BODY_BYTES + 1], List.of()),
        400,
        "invalid_request",
        "The request body is too large: the limit is 65536 bytes");
    assertError(
        post(PUBLIC, LOGIN + "&x=%ZZ"),
        400,
        "invalid_request",
        "The request body is not strictly form-urlencoded UTF-8: a % at byte offset 54 in a"
            + " parameter value is not followed by two hex digits; write a literal % as %25");
    assertError(
        post(PUBLIC, LOGIN + "&password=other"),
        400,
        "invalid_request",
        "The password parameter is repeated; send each parameter once");
    assertError(
        post(PUBLIC, "username=alice&password=hunter2"),
        400,
        "invalid_request",
        "The grant_type parameter is required");
    assertError(
        post(PUBLIC, "grant_type=client_credentials&username=alice&password=hunter2"),
        400,
        "unsupported_grant_type",
        "Only the password grant type is supported");
    assertError(
        post(PUBLIC, "grant_type=password&username=alice"),
        400,
        "invalid_request",
        "The username and password parameters are required");
    assertError(
        post(PUBLIC, "grant_type=password&username=al%01ice&password=hunter2"),
        400,
        "invalid_request",
        "The username or password is malformed");
    assertError(
        post(PUBLIC, LOGIN + "&scope=a%09b"),
        400,
        "invalid_scope",
        "The scope parameter is malformed");
    assertError(
        post(PUBLIC, LOGIN, basic("web:topsecret"), basic("web:topsecret")),
        400,
        "invalid_request",
        "The Authorization header is repeated");
    assertError(
        post(CONFIDENTIAL, LOGIN + "&client_id=web", basic("web:topsecret")),
        400,
        "invalid_request",
        "The client used more than one authentication method");
    assertError(
        post(PUBLIC, LOGIN + "&client_secret=topsecret"),
        400,
        "invalid_request",
        "The client_secret parameter requires client_id");
  }

  @Test
  void permissiveEndpointAcceptsAMissingGrantType() throws Exception {
    PasswordTokenEndpoint lenient = endpoint().publicClients().strict(false).build();
    TokenResponse r = post(lenient, "username=alice&password=hunter2");
    assertThat(r.status()).isEqualTo(200);
    assertThat(claims(r).getSubject()).isEqualTo("alice");
    assertError(
        post(lenient, "grant_type=passwordblah&username=alice&password=hunter2"),
        400,
        "unsupported_grant_type",
        "Only the password grant type is supported");
  }

  @Test
  void confidentialClientsAuthenticateWithBasic() throws Exception {
    TokenResponse r = post(CONFIDENTIAL, LOGIN, basic("web:topsecret"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(claims(r).getStringClaim("client_id")).isEqualTo("web");
  }

  @Test
  void swaggerUisEmptyBasicClientIsNoClient() throws Exception {
    // Swagger UI's Authorize dialog sends "Authorization: Basic Og==" for a public client.
    TokenResponse publicClient = post(PUBLIC, LOGIN, "Basic Og==");
    assertThat(publicClient.status()).isEqualTo(200);
    assertThat(claims(publicClient).getStringClaim("client_id")).isNull();
    // A confidential endpoint still demands a real client.
    assertThat(post(CONFIDENTIAL, LOGIN, "Basic Og==").status()).isEqualTo(401);
  }

  @Test
  void basicClientIdsAreFormUrlDecodedSoAnEncodedColonIsPartOfTheId() throws Exception {
    TokenResponse r = post(CONFIDENTIAL, LOGIN, basic("my%3Aclient:s3cret"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(claims(r).getStringClaim("client_id")).isEqualTo("my:client");
    // Unencoded, the first colon splits: id "my", secret "client:s3cret".
    assertError(
        post(CONFIDENTIAL, LOGIN, basic("my:client:s3cret")),
        401,
        "invalid_client",
        "Client authentication failed");
  }

  @Test
  void confidentialClientsAuthenticateInTheBody() throws Exception {
    TokenResponse r = post(CONFIDENTIAL, LOGIN + "&client_id=web&client_secret=topsecret");
    assertThat(r.status()).isEqualTo(200);
    assertThat(claims(r).getStringClaim("client_id")).isEqualTo("web");
  }

  @Test
  void failedClientAuthenticationIs401InvalidClientWithABasicChallenge() {
    for (TokenResponse r :
        List.of(
            post(CONFIDENTIAL, LOGIN, basic("web:wrong")),
            post(CONFIDENTIAL, LOGIN, basic("nobody:topsecret")),
            post(CONFIDENTIAL, LOGIN, "Bearer abc"),
            post(CONFIDENTIAL, LOGIN, "Basic !!!!"),
            post(CONFIDENTIAL, LOGIN + "&client_id=web&client_secret=wrong"),
            post(CONFIDENTIAL, LOGIN + "&client_id=web"),
            post(CONFIDENTIAL, LOGIN),
            post(PUBLIC, LOGIN, basic("web:topsecret")),
            post(PUBLIC, LOGIN + "&client_id=web&client_secret=topsecret"))) {
      assertError(r, 401, "invalid_client", "Client authentication failed");
    }
  }

  @Test
  void clientIsCheckedBeforeTheUserSoABadClientLearnsNothingAboutUsers() {
    assertError(
        post(CONFIDENTIAL, "grant_type=password&username=nobody&password=x", basic("web:wrong")),
        401,
        "invalid_client",
        "Client authentication failed");
  }

  @Test
  void publicClientsMayNameThemselves() throws Exception {
    TokenResponse named = post(PUBLIC, LOGIN + "&client_id=swagger-ui");
    assertThat(claims(named).getStringClaim("client_id")).isEqualTo("swagger-ui");
    PasswordTokenEndpoint both = endpoint().clients(CLIENTS).publicClients().build();
    assertThat(claims(post(both, LOGIN)).getClaim("client_id")).isNull();
    assertThat(claims(post(both, LOGIN, basic("web:topsecret"))).getStringClaim("client_id"))
        .isEqualTo("web");
    assertError(
        post(both, LOGIN, basic("web:wrong")),
        401,
        "invalid_client",
        "Client authentication failed");
  }

  @Test
  void aThrowingOrNullUserVerifierIs503() {
    Verifier<BasicCredentials> throwing =
        c -> {
          throw new IllegalStateException("db down for " + c.username() + ":" + c.password());
        };
    Verifier<BasicCredentials> nulls = c -> null;
    for (Verifier<BasicCredentials> users : List.of(throwing, nulls)) {
      TokenResponse r =
          PasswordTokenEndpoint.builder()
              .users(users)
              .publicClients()
              .issuer(TokenFixture.issuer())
              .build()
              .handle(FORM, LOGIN.getBytes(StandardCharsets.UTF_8), List.of());
      assertError(
          r, 503, "temporarily_unavailable", "The token service is temporarily unavailable");
      assertThat(r.body()).doesNotContain("hunter2").doesNotContain("db down");
    }
  }

  @Test
  void aThrowingClientVerifierIs503() {
    Verifier<BasicCredentials> throwing =
        c -> {
          throw new Exception("vault sealed: " + c.password());
        };
    TokenResponse r = post(endpoint().clients(throwing).build(), LOGIN, basic("web:topsecret"));
    assertError(r, 503, "temporarily_unavailable", "The token service is temporarily unavailable");
    assertThat(r.toString()).doesNotContain("topsecret").doesNotContain("vault");
  }

  @Test
  void aFailingIssuerIs503() {
    Clock broken =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw new IllegalStateException("clock gone");
          }
        };
    TokenIssuer issuer =
        TokenIssuer.builder(TokenFixture.RSA_KEY)
            .issuer(TokenFixture.ISSUER)
            .audience(TokenFixture.AUDIENCE)
            .clock(broken)
            .build();
    PasswordTokenEndpoint endpoint =
        PasswordTokenEndpoint.builder().users(USERS).publicClients().issuer(issuer).build();
    assertError(
        post(endpoint, LOGIN),
        503,
        "temporarily_unavailable",
        "The token service is temporarily unavailable");
  }

  @Test
  void noSecretAppearsInAnyErrorBodyHeaderOrToString() {
    List<TokenResponse> responses = new ArrayList<>();
    String secrets = "&client_id=web&client_secret=topsecret";
    responses.add(
        post(CONFIDENTIAL, "grant_type=password&username=alice&password=wrong" + secrets));
    responses.add(post(CONFIDENTIAL, LOGIN + "&client_id=web&client_secret=topsecretX"));
    responses.add(post(CONFIDENTIAL, LOGIN + secrets + "&scope=admin"));
    responses.add(post(CONFIDENTIAL, LOGIN + secrets + "&password=hunter2"));
    responses.add(post(CONFIDENTIAL, LOGIN + secrets + "&grant_type=hunter2"));
    responses.add(post(CONFIDENTIAL, LOGIN, basic("web:topsecretX")));
    responses.add(post(CONFIDENTIAL, LOGIN + secrets, basic("web:topsecret")));
    for (TokenResponse r : responses) {
      assertThat(r.status()).isNotEqualTo(200);
      String everything = r.body() + r.headers() + r.toString();
      assertThat(everything)
          .doesNotContain("hunter2")
          .doesNotContain("topsecret")
          .doesNotContain("alice")
          .doesNotContain("admin");
    }
    assertThat(CONFIDENTIAL.toString()).doesNotContain("hunter2").doesNotContain("topsecret");
    assertThat(TokenFixture.issuer().toString())
        .contains("kid=rsa-1")
        .doesNotContain(TokenFixture.RSA_KEY.getPrivateExponent().toString());
  }

  @Test
  void handlesARequestViewAndRefusesOtherMethods() throws Exception {
    SimpleRequest post =
        SimpleRequest.builder()
            .method("POST")
            .path("/token")
            .header("Content-Type", FORM + "; charset=UTF-8")
            .body(LOGIN.getBytes(StandardCharsets.UTF_8))
            .build();
    assertThat(claims(PUBLIC.handle(post)).getSubject()).isEqualTo("alice");

    TokenResponse get = PUBLIC.handle(SimpleRequest.builder().method("GET").path("/token").build());
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.headers())
        .containsEntry("Allow", "POST")
        .containsEntry("Cache-Control", "no-store");
    assertThat(get.body())
        .isEqualTo(errorBody("invalid_request", "The token endpoint accepts only POST"));

    SimpleRequest twoTypes =
        SimpleRequest.builder()
            .method("POST")
            .path("/token")
            .header("Content-Type", FORM)
            .header("Content-Type", FORM)
            .body(LOGIN.getBytes(StandardCharsets.UTF_8))
            .build();
    assertThat(PUBLIC.handle(twoTypes).status()).isEqualTo(400);
  }

  @Test
  void hostileInputNeverThrowsAndNeverAnswers5xx() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "=&%+ :;\"\\\t\r\naZ09\u00e9\u2028\ud800";
    for (int i = 0; i < 2_000; i++) {
      byte[] body = new byte[random.nextInt(200)];
      if (random.nextBoolean()) {
        random.nextBytes(body);
      } else {
        StringBuilder text = new StringBuilder(LOGIN);
        for (int j = random.nextInt(40); j > 0; j--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        body = text.toString().getBytes(StandardCharsets.UTF_8);
      }
      byte[] auth = new byte[random.nextInt(30)];
      random.nextBytes(auth);
      List<String> authorization =
          random.nextBoolean()
              ? List.of()
              : List.of("Basic " + Base64.getEncoder().encodeToString(auth));
      TokenResponse r = CONFIDENTIAL.handle(FORM, body, authorization);
      assertThat(r.status()).isIn(400, 401);
      assertThat(r.headers()).containsEntry("Cache-Control", "no-store");
    }
  }

  @Test
  void builderRequiresUsersIssuerAndAClientPolicy() {
    assertThatThrownBy(() -> PasswordTokenEndpoint.builder().publicClients().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("users");
    assertThatThrownBy(() -> PasswordTokenEndpoint.builder().users(USERS).publicClients().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("issuer");
    assertThatThrownBy(
            () ->
                PasswordTokenEndpoint.builder().users(USERS).issuer(TokenFixture.issuer()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("publicClients");
    assertThatThrownBy(() -> endpoint().publicClients().realm("bad\nrealm").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
