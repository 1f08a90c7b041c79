package dev.gatehouse.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example service over real loopback sockets: every endpoint, its successes and refusals, the
 * exact statuses, {@code WWW-Authenticate} lists, JSON bodies and {@code Cache-Control}, the
 * password-grant token endpoint, and the served OpenAPI document.
 *
 * <p>Expected values come from security-rules.md (sections 0.2, 1.1.1, 1.3, 1.6) and
 * docs/enforcement.md: realm {@code "Gatehouse example"} (the document's title) for the API key and
 * bearer challenges, {@code "admin"} for Basic.
 */
class ExampleServiceTest {

  static final String REALM = "Gatehouse example";
  static final String BEARER = "Bearer realm=\"" + REALM + "\"";
  static final String BEARER_INVALID = BEARER + ", error=\"invalid_token\"";

  /**
   * The invalid_token challenge with its fixed error_description (security rules 0.2 "401 Bt" and
   * 1.3.8: optional, from a fixed vocabulary, never request data). The step of the validation
   * pipeline (1.4) that rejects decides which text: malformed (2, 3), algorithm (4), signature
   * (10).
   */
  static final String BEARER_MALFORMED =
      BEARER_INVALID + ", error_description=\"The access token is malformed\"";

  static final String BEARER_BAD_ALGORITHM =
      BEARER_INVALID + ", error_description=\"The access token algorithm is not accepted\"";

  static final String BEARER_BAD_SIGNATURE =
      BEARER_INVALID + ", error_description=\"The access token signature is invalid\"";
  static final String API_KEY = "APIKey realm=\"" + REALM + "\"";
  static final String BASIC = "Basic realm=\"admin\", charset=\"UTF-8\"";

  static final String NOT_AUTHENTICATED = "{\"detail\":\"Not authenticated\"}";
  static final String INVALID_CREDENTIALS = "{\"detail\":\"Invalid authentication credentials\"}";
  static final String AMBIGUOUS = "{\"detail\":\"Ambiguous credentials\"}";

  static final String FORM = "application/x-www-form-urlencoded";
  static final String JOHNDOE_JSON =
      "{\"username\":\"johndoe\",\"email\":\"johndoe@example.com\",\"full_name\":\"John Doe\","
          + "\"disabled\":false}";
  static final String INVALID_GRANT =
      "{\"error\":\"invalid_grant\",\"error_description\":\"The username or password is"
          + " incorrect\"}";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ExampleService service;
  static HttpClient http;
  static URI base;

  /** Tokens for johndoe, fetched once: with {@code scope=me} and with every scope. */
  static String meToken;

  static String allScopesToken;

  @BeforeAll
  static void startService() throws Exception {
    service = ExampleService.start("127.0.0.1", 0);
    base = service.uri();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    meToken = token("me");
    allScopesToken = token(null);
  }

  @AfterAll
  static void stopService() {
    if (service != null) {
      service.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("POST /token (password grant)")
  class TokenEndpoint {

    @Test
    @DisplayName("without scope: every scope of johndoe, no-store, Pragma no-cache")
    void withoutScope() throws Exception {
      HttpResponse<String> r =
          postToken(
              FORM, form("grant_type", "password", "username", "johndoe", "password", "secret"));

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
      assertThat(r.headers().allValues("Pragma")).containsExactly("no-cache");
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
      assertThat(r.headers().allValues("WWW-Authenticate")).isEmpty();
      JsonNode body = MAPPER.readTree(r.body());
      assertThat(fieldNames(body))
          .containsExactlyInAnyOrder("access_token", "token_type", "expires_in", "scope");
      assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(body.get("expires_in").isIntegralNumber()).isTrue();
      assertThat(body.get("expires_in").asLong()).isEqualTo(900);
      assertThat(scopeSet(body.get("scope").asText())).containsExactlyInAnyOrder("me", "items");

      JsonNode claims = claims(body.get("access_token").asText());
      assertThat(claims.get("sub").asText()).isEqualTo("johndoe");
      assertThat(scopeSet(claims.get("scope").asText())).containsExactlyInAnyOrder("me", "items");
      assertThat(claims.get("iss").asText()).isEqualTo(ExampleService.ISSUER);
      assertThat(claims.get("aud").toString()).contains(ExampleService.AUDIENCE);
      assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
    }

    @Test
    @DisplayName("grant_type omitted: 400 invalid_request (the endpoint is strict, as documented)")
    void withoutGrantType() throws Exception {
      assertTokenError(
          postToken(FORM, form("username", "johndoe", "password", "secret", "scope", "me")),
          400,
          "{\"error\":\"invalid_request\",\"error_description\":"
              + "\"The grant_type parameter is required\"}");
    }

    @Test
    @DisplayName("scope=me: only me")
    void withScopeMe() throws Exception {
      HttpResponse<String> r =
          postToken(
              FORM,
              form(
                  "grant_type",
                  "password",
                  "username",
                  "johndoe",
                  "password",
                  "secret",
                  "scope",
                  "me"));

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
      assertThat(r.headers().allValues("Pragma")).containsExactly("no-cache");
      JsonNode body = MAPPER.readTree(r.body());
      assertThat(fieldNames(body))
          .containsExactlyInAnyOrder("access_token", "token_type", "expires_in", "scope");
      assertThat(body.get("scope").asText()).isEqualTo("me");
      assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(claims(body.get("access_token").asText()).get("scope").asText()).isEqualTo("me");
    }

    @Test
    @DisplayName("scope='me items', Content-Type with charset=UTF-8, percent-encoded password")
    void withBothScopesAndEncodedPassword() throws Exception {
      HttpResponse<String> r =
          postToken(
              FORM + "; charset=UTF-8",
              "grant_type=password&username=johndoe&password=s%65cret&scope=me%20items");

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
      JsonNode body = MAPPER.readTree(r.body());
      assertThat(scopeSet(body.get("scope").asText())).containsExactlyInAnyOrder("me", "items");
    }

    @Test
    @DisplayName("a scope johndoe lacks: 400 invalid_scope")
    void scopeTheUserLacks() throws Exception {
      HttpResponse<String> r =
          postToken(
              FORM,
              form(
                  "grant_type",
                  "password",
                  "username",
                  "johndoe",
                  "password",
                  "secret",
                  "scope",
                  "me admin"));

      assertTokenError(
          r,
          400,
          "{\"error\":\"invalid_scope\",\"error_description\":"
              + "\"The requested scope exceeds the scope granted\"}");
    }

    @Test
    @DisplayName("wrong password, disabled alice, unknown user: the same 400 invalid_grant")
    void noUserEnumeration() throws Exception {
      HttpResponse<String> wrongPassword =
          postToken(
              FORM, form("grant_type", "password", "username", "johndoe", "password", "wrong"));
      HttpResponse<String> disabled =
          postToken(
              FORM, form("grant_type", "password", "username", "alice", "password", "secret2"));
      HttpResponse<String> unknown =
          postToken(
              FORM, form("grant_type", "password", "username", "nobody", "password", "secret"));
      // Only a verified user learns that a scope is not granted.
      HttpResponse<String> wrongPasswordAndScope =
          postToken(
              FORM,
              form(
                  "grant_type",
                  "password",
                  "username",
                  "johndoe",
                  "password",
                  "wrong",
                  "scope",
                  "admin"));

      for (HttpResponse<String> r :
          List.of(wrongPassword, disabled, unknown, wrongPasswordAndScope)) {
        assertTokenError(r, 400, INVALID_GRANT);
      }
      assertThat(disabled.body()).isEqualTo(wrongPassword.body());
      assertThat(unknown.body()).isEqualTo(wrongPassword.body());
      assertThat(disabled.headers().map()).containsOnlyKeys(wrongPassword.headers().map().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "grant_type=password&username=johndoe&username=johndoe&password=secret|username",
          "grant_type=password&username=johndoe&password=secret&scope=me&scope=items|scope",
          "grant_type=password&grant_type=password&username=johndoe&password=secret|grant_type",
          "grant_type=password&username=johndoe&password=secret&pass%77ord=secret|password"
        })
    @DisplayName("a repeated parameter: 400 invalid_request naming it")
    void repeatedParameter(String body, String name) throws Exception {
      assertTokenError(
          postToken(FORM, body),
          400,
          "{\"error\":\"invalid_request\",\"error_description\":\"The "
              + name
              + " parameter is repeated; send each parameter once\"}");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "application/json|the Content-Type is application/json",
          "text/plain|the Content-Type is text/plain",
          "multipart/form-data; boundary=x|the Content-Type is multipart/form-data",
          "application/x-www-form-urlencoded; charset=UTF-16|" + CHARSETS,
          "application/x-www-form-urlencoded; charset=latin1|" + CHARSETS,
          "<none>|the request has no Content-Type"
        })
    @DisplayName("a wrong or missing content type: 400 invalid_request saying what was wrong")
    void wrongContentType(String contentType, String why) throws Exception {
      String body = "grant_type=password&username=johndoe&password=secret";
      HttpResponse<String> r = postToken(contentType.equals("<none>") ? null : contentType, body);
      assertTokenError(
          r,
          400,
          "{\"error\":\"invalid_request\",\"error_description\":"
              + "\"The request body must be application/x-www-form-urlencoded UTF-8: "
              + why
              + "\"}");
    }

    private static final String CHARSETS =
        "its parameters are malformed, repeated or name a charset other than UTF-8, ISO-8859-1 or"
            + " US-ASCII";

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"ISO-8859-1", "us-ascii", "\"iso-8859-1\""})
    @DisplayName("an ISO-8859-1 or US-ASCII label on an all-ASCII body: 200, a token")
    void asciiCompatibleLabelOnAsciiBody(String charset) throws Exception {
      // Apache HttpClient's default label; the octets are the same in UTF-8.
      HttpResponse<String> r =
          postToken(
              FORM + "; charset=" + charset,
              form("grant_type", "password", "username", "johndoe", "password", "secret"));

      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode body = MAPPER.readTree(r.body());
      assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(claims(body.get("access_token").asText()).get("sub").asText())
          .isEqualTo("johndoe");
    }

    @ParameterizedTest(name = "charset={0}, {1}")
    @CsvSource({
      "ISO-8859-1, grant_type=password&username=johndoe&password=s%E9cret, 47",
      "ISO-8859-1, grant_type=password&username=johndoe&password=s%C3%A9cret, 47",
      "US-ASCII, grant_type=password&username=johndoe&password=secret&unused=%FF, 60"
    })
    @DisplayName(
        "an ISO-8859-1 or US-ASCII label with a non-ASCII octet: 400 invalid_request"
            + " saying where")
    void asciiCompatibleLabelWithNonAsciiOctet(String charset, String body, int offset)
        throws Exception {
      assertTokenError(
          postToken(FORM + "; charset=" + charset, body),
          400,
          "{\"error\":\"invalid_request\",\"error_description\":"
              + "\"The request body must be application/x-www-form-urlencoded UTF-8: it is"
              + " labelled with a charset other than UTF-8 and has a non-ASCII octet at byte offset "
              + offset
              + ", which that charset and UTF-8 read differently; send UTF-8, labelled"
              + " charset=UTF-8 or unlabelled\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "grant_type=password&username=johndoe&password=se%ZZcret"
              + "|a % at byte offset 48 in the password value is not followed by two hex digits;"
              + " write a literal % as %25",
          "grant_type=password&username=johndoe&password=secret%FF"
              + "|the password value (bytes 46 to 54) is not UTF-8 once percent-decoded;"
              + " percent-encode the UTF-8 bytes of each character",
          "grant_type=password&username=johndoe&password=s\u00e9cret"
              + "|a byte that must be percent-encoded at byte offset 47 in the password value;"
              + " percent-encode it (a space as + or %20, other bytes as %XX of their UTF-8"
              + " encoding)",
          "grant_type=password&username=johndoe&password=secret&scope=me items"
              + "|a raw space at byte offset 61 in the scope value; encode a space as + or %20"
        })
    @DisplayName(
        "a body that is not strictly form-urlencoded UTF-8: 400 invalid_request saying"
            + " where and how to encode it, never the password's bytes")
    void notStrictlyEncoded(String body, String where) throws Exception {
      assertTokenError(
          postToken(FORM, body),
          400,
          "{\"error\":\"invalid_request\",\"error_description\":"
              + "\"The request body is not strictly form-urlencoded UTF-8: "
              + where
              + "\"}");
    }

    @Test
    @DisplayName("a body over 64 KiB: 400 invalid_request, from the form reader")
    void bodyTooLarge() throws Exception {
      String body =
          form("grant_type", "password", "username", "johndoe", "password", "secret")
              + "&padding="
              + "a".repeat(64 * 1024);
      assertTokenError(
          postToken(FORM, body),
          400,
          "{\"error\":\"invalid_request\",\"error_description\":"
              + "\"The request body is too large: the limit is 65536 bytes\"}");
    }

    @Test
    @DisplayName("no username and password: 400 invalid_request, username and password required")
    void emptyBody() throws Exception {
      assertTokenError(
          postToken(FORM, "grant_type=password"),
          400,
          "{\"error\":\"invalid_request\",\"error_description\":"
              + "\"The username and password parameters are required\"}");
    }

    @Test
    @DisplayName("grant_type=client_credentials: 400 unsupported_grant_type")
    void unsupportedGrantType() throws Exception {
      assertTokenError(
          postToken(
              FORM,
              form(
                  "grant_type", "client_credentials", "username", "johndoe", "password", "secret")),
          400,
          "{\"error\":\"unsupported_grant_type\",\"error_description\":"
              + "\"Only the password grant type is supported\"}");
    }

    @Test
    @DisplayName("GET /token: 405, Allow names POST")
    void getIsNotAllowed() throws Exception {
      HttpResponse<String> r = get("/token");
      assertThat(r.statusCode()).isEqualTo(405);
      assertThat(String.join(",", r.headers().allValues("Allow"))).contains("POST");
      assertThat(String.join(",", r.headers().allValues("Allow"))).doesNotContain("GET");
    }

    /**
     * Swagger UI 5 (the page /docs serves) sends the password grant with its default "Client
     * credentials location: Authorization header" and empty client id and secret, that is {@code
     * Authorization: Basic Og==} (base64 of ":"). The service allows public clients and its /docs
     * page advertises "Authorize: johndoe / secret", so this request must be a login, not 401.
     */
    @Test
    @DisplayName("Swagger UI's default login request (Authorization: Basic Og==) is a login")
    void swaggerUiDefaultLoginRequest() throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/token"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", FORM)
              .header("Authorization", "Basic " + base64(":"))
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "grant_type=password&scope=me%20items&username=johndoe&password=secret"))
              .build();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).as("status; body %s", r.body()).isEqualTo(200);
      assertThat(scopeSet(MAPPER.readTree(r.body()).get("scope").asText()))
          .containsExactlyInAnyOrder("me", "items");
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /users/me, /users/me/items, /status (OAuth2PasswordBearer)")
  class Users {

    @Test
    @DisplayName("/users/me with a me token: 200, the user")
    void me() throws Exception {
      HttpResponse<String> r = get("/users/me", "Authorization", "Bearer " + meToken);
      assertOk(r, JOHNDOE_JSON);
    }

    @Test
    @DisplayName("/users/me without a token: 401 Bearer without error")
    void meWithoutToken() throws Exception {
      assertRefusal(get("/users/me"), 401, List.of(BEARER), NOT_AUTHENTICATED);
    }

    @Test
    @DisplayName("/users/me without a token: the detail says what to send")
    void meWithoutTokenSaysWhatToSend() throws Exception {
      HttpResponse<String> r = get("/users/me");
      assertThat(MAPPER.readTree(r.body()).path("detail").asText())
          .isEqualTo("Not authenticated; send a Bearer token (scheme OAuth2PasswordBearer)");
    }

    @Test
    @DisplayName("/users/me with a malformed token: the detail says what is wrong, not the token")
    void meWithAMalformedTokenSaysWhatIsWrong() throws Exception {
      HttpResponse<String> r = get("/users/me", "Authorization", "Bearer not/a token");
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(MAPPER.readTree(r.body()).path("detail").asText())
          .isEqualTo(
              "Invalid authentication credentials; the Bearer token (scheme OAuth2PasswordBearer):"
                  + " not a token68 value (RFC 9110 section 11.2)")
          .doesNotContain("not/a");
    }

    @Test
    @DisplayName("/users/me with HTTP Basic only: 401 Bearer without error (not our scheme)")
    void meWithBasicOnly() throws Exception {
      assertRefusal(
          get("/users/me", "Authorization", "Basic " + base64("johndoe:secret")),
          401,
          List.of(BEARER),
          NOT_AUTHENTICATED);
    }

    @Test
    @DisplayName("/users/me with an items-only token: 403 insufficient_scope scope=\"me\"")
    void meWithItemsOnlyToken() throws Exception {
      assertRefusal(
          get("/users/me", "Authorization", "Bearer " + token("items")),
          403,
          List.of(BEARER + ", error=\"insufficient_scope\", scope=\"me\""),
          "{\"detail\":\"Not enough permissions; missing scopes: me\"}");
    }

    @Test
    @DisplayName("/users/me with two Authorization lines: 400 invalid_request")
    void meWithTwoAuthorizationLines() throws Exception {
      assertRefusal(
          get(
              "/users/me",
              "Authorization",
              "Bearer " + meToken,
              "Authorization",
              "Bearer " + meToken),
          400,
          List.of(BEARER + ", error=\"invalid_request\""),
          AMBIGUOUS);
    }

    @Test
    @DisplayName("/users/me/items with every scope: 200")
    void itemsWithAllScopes() throws Exception {
      assertOk(
          get("/users/me/items", "Authorization", "Bearer " + allScopesToken),
          "[{\"item_id\":\"Foo\",\"owner\":\"johndoe\"}]");
    }

    @Test
    @DisplayName("/users/me/items with only me: 403 insufficient_scope scope=\"items me\"")
    void itemsWithOnlyMe() throws Exception {
      assertRefusal(
          get("/users/me/items", "Authorization", "Bearer " + meToken),
          403,
          List.of(BEARER + ", error=\"insufficient_scope\", scope=\"items me\""),
          "{\"detail\":\"Not enough permissions; missing scopes: items\"}");
    }

    @Test
    @DisplayName("/users/me/items without a token: 401")
    void itemsWithoutToken() throws Exception {
      assertRefusal(get("/users/me/items"), 401, List.of(BEARER), NOT_AUTHENTICATED);
    }

    @Test
    @DisplayName("/status with any valid token: 200")
    void status() throws Exception {
      assertOk(get("/status", "Authorization", "Bearer " + meToken), "{\"status\":\"ok\"}");
      assertOk(get("/status", "Authorization", "Bearer " + token("items")), "{\"status\":\"ok\"}");
    }

    @Test
    @DisplayName("/status without a token: 401")
    void statusWithoutToken() throws Exception {
      assertRefusal(get("/status"), 401, List.of(BEARER), NOT_AUTHENTICATED);
    }

    @Test
    @DisplayName("/status with the API key instead of a token: 401")
    void statusWithApiKey() throws Exception {
      assertRefusal(
          get("/status", "X-API-Key", ExampleService.API_KEY),
          401,
          List.of(BEARER),
          NOT_AUTHENTICATED);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("invalid bearer tokens: 401 invalid_token")
  class BadTokens {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/users/me", "/users/me/items", "/status", "/optional"})
    @DisplayName("one signature character flipped")
    void tamperedSignature(String path) throws Exception {
      assertRefusal(
          get(path, "Authorization", "Bearer " + flipSignatureCharacter(allScopesToken)),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
    }

    /**
     * Jetty caches field lines such as {@code Authorization} per connection and by default matches
     * a new line against the cache ignoring case, so a token differing from the connection's
     * previous one only in the case of one letter would reach Gatehouse as that previous, valid
     * token. The example makes the cache case-sensitive; both orders on one connection prove it.
     */
    @Test
    @DisplayName("a token differing from the valid one only in letter case, same connection: 401")
    void caseVariantAfterTheValidTokenOnOneConnection() throws Exception {
      String variant = caseVariant(meToken);
      HttpClient oneConnection = singleConnectionClient();
      assertOk(get(oneConnection, "/users/me", "Authorization", "Bearer " + meToken), JOHNDOE_JSON);
      assertRefusal(
          get(oneConnection, "/users/me", "Authorization", "Bearer " + variant),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
      assertOk(get(oneConnection, "/users/me", "Authorization", "Bearer " + meToken), JOHNDOE_JSON);
    }

    @Test
    @DisplayName("the valid token after its letter-case variant, same connection: 200")
    void validTokenAfterItsCaseVariantOnOneConnection() throws Exception {
      String variant = caseVariant(meToken);
      HttpClient oneConnection = singleConnectionClient();
      assertRefusal(
          get(oneConnection, "/users/me", "Authorization", "Bearer " + variant),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
      assertOk(get(oneConnection, "/users/me", "Authorization", "Bearer " + meToken), JOHNDOE_JSON);
    }

    @Test
    @DisplayName("scope claim widened from 'me' to 'items me', signature kept")
    void widenedScope() throws Exception {
      String[] parts = meToken.split("\\.");
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      assertThat(payload).contains("\"scope\":\"me\"");
      String widened = payload.replace("\"scope\":\"me\"", "\"scope\":\"items me\"");
      String forged = parts[0] + "." + base64Url(widened) + "." + parts[2];
      assertRefusal(
          get("/users/me/items", "Authorization", "Bearer " + forged),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
    }

    /**
     * The service's signing key is made at start-up and never leaves it, so a test cannot sign a
     * truly expired token; this one is expired and signed by another key under the service's kid.
     * The signature is checked before the claims (security rules 1.4 steps 10 and 12), so the
     * answer must not reveal "expired" for a token the service did not sign.
     */
    @Test
    @DisplayName("expired, signed with another key under the service's kid")
    void expiredForeignToken() throws Exception {
      String expired =
          foreignToken(
              Instant.now().minus(Duration.ofHours(2)), Instant.now().minus(Duration.ofHours(1)));
      assertRefusal(
          get("/users/me", "Authorization", "Bearer " + expired),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("valid times, signed with another key under the service's kid")
    void currentForeignToken() throws Exception {
      String foreign = foreignToken(Instant.now(), Instant.now().plus(Duration.ofMinutes(10)));
      assertRefusal(
          get("/users/me", "Authorization", "Bearer " + foreign),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("alg none with the original signature: algorithm not accepted")
    void algNone() throws Exception {
      String[] parts = meToken.split("\\.");
      String header = base64Url("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"example-1\"}");
      assertRefusal(
          get("/users/me", "Authorization", "Bearer " + header + "." + parts[1] + "." + parts[2]),
          401,
          List.of(BEARER_BAD_ALGORITHM),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("alg none with an empty signature segment: malformed")
    void unsecuredJwt() throws Exception {
      String[] parts = meToken.split("\\.");
      String header = base64Url("{\"alg\":\"none\"}");
      assertRefusal(
          get("/users/me", "Authorization", "Bearer " + header + "." + parts[1] + "."),
          401,
          List.of(BEARER_MALFORMED),
          INVALID_CREDENTIALS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc.def.ghi", "abc", "a.b"})
    @DisplayName("not a compact JWS: malformed")
    void notAJws(String token) throws Exception {
      assertRefusal(
          get("/status", "Authorization", "Bearer " + token),
          401,
          List.of(BEARER_MALFORMED),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("five segments (JWE): refused, never decrypted")
    void fiveSegments() throws Exception {
      assertRefusal(
          get("/status", "Authorization", "Bearer a.b.c.d.e"),
          401,
          List.of(
              BEARER_INVALID
                  + ", error_description=\"Encrypted or nested access tokens are not accepted\""),
          INVALID_CREDENTIALS);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /either: API key OR token")
  class Either {

    @Test
    void apiKey() throws Exception {
      assertOk(
          get("/either", "X-API-Key", ExampleService.API_KEY),
          "{\"operation\":\"either\",\"caller\":\"demo-client\",\"scheme\":\"APIKeyHeader\"}");
    }

    @Test
    void token() throws Exception {
      assertOk(
          get("/either", "Authorization", "Bearer " + meToken),
          "{\"operation\":\"either\",\"caller\":\"johndoe\",\"scheme\":\"OAuth2PasswordBearer\"}");
    }

    @Test
    void nothing() throws Exception {
      assertRefusal(get("/either"), 401, List.of(API_KEY, BEARER), NOT_AUTHENTICATED);
    }

    @Test
    void wrongApiKey() throws Exception {
      assertRefusal(
          get("/either", "X-API-Key", "wrong-key"),
          401,
          List.of(API_KEY, BEARER),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("a valid API key does not compensate a tampered token (fail closed)")
    void validKeyAndTamperedToken() throws Exception {
      assertRefusal(
          get(
              "/either",
              "X-API-Key",
              ExampleService.API_KEY,
              "Authorization",
              "Bearer " + flipSignatureCharacter(meToken)),
          401,
          List.of(API_KEY, BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /both: API key AND token")
  class Both {

    @Test
    void apiKeyAndToken() throws Exception {
      assertOk(
          get("/both", "X-API-Key", ExampleService.API_KEY, "Authorization", "Bearer " + meToken),
          "{\"operation\":\"both\",\"caller\":\"demo-client\",\"scheme\":\"APIKeyHeader\"}");
    }

    @Test
    void apiKeyOnly() throws Exception {
      assertRefusal(
          get("/both", "X-API-Key", ExampleService.API_KEY),
          401,
          List.of(API_KEY, BEARER),
          NOT_AUTHENTICATED);
    }

    @Test
    void tokenOnly() throws Exception {
      assertRefusal(
          get("/both", "Authorization", "Bearer " + meToken),
          401,
          List.of(API_KEY, BEARER),
          NOT_AUTHENTICATED);
    }

    @Test
    void nothing() throws Exception {
      assertRefusal(get("/both"), 401, List.of(API_KEY, BEARER), NOT_AUTHENTICATED);
    }

    @Test
    void tokenAndWrongKey() throws Exception {
      assertRefusal(
          get("/both", "X-API-Key", "wrong-key", "Authorization", "Bearer " + meToken),
          401,
          List.of(API_KEY, BEARER),
          INVALID_CREDENTIALS);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /optional and /public")
  class OptionalAndPublic {

    @Test
    void optionalAnonymous() throws Exception {
      assertOk(get("/optional"), "{\"operation\":\"optional\",\"caller\":null}");
    }

    @Test
    void optionalWithToken() throws Exception {
      assertOk(
          get("/optional", "Authorization", "Bearer " + meToken),
          "{\"operation\":\"optional\",\"caller\":\"johndoe\",\"scheme\":\"OAuth2PasswordBearer\"}");
    }

    @Test
    @DisplayName("/optional with an invalid token: 401, never anonymous")
    void optionalWithBadToken() throws Exception {
      assertRefusal(
          get("/optional", "Authorization", "Bearer " + flipSignatureCharacter(meToken)),
          401,
          List.of(BEARER_BAD_SIGNATURE),
          INVALID_CREDENTIALS);
    }

    @Test
    void publicAnonymous() throws Exception {
      assertOk(get("/public"), "{\"operation\":\"public\",\"caller\":null}");
    }

    @Test
    @DisplayName("/public ignores credentials of any scheme, valid or not")
    void publicIgnoresCredentials() throws Exception {
      assertOk(
          get("/public", "Authorization", "Bearer " + flipSignatureCharacter(meToken)),
          "{\"operation\":\"public\",\"caller\":null}");
      assertOk(
          get("/public", "X-API-Key", ExampleService.API_KEY),
          "{\"operation\":\"public\",\"caller\":null}");
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /items (API key)")
  class Items {

    @Test
    void apiKey() throws Exception {
      assertOk(
          get("/items", "X-API-Key", ExampleService.API_KEY),
          "{\"operation\":\"items\",\"caller\":\"demo-client\",\"scheme\":\"APIKeyHeader\"}");
    }

    @Test
    void noKey() throws Exception {
      assertRefusal(get("/items"), 401, List.of(API_KEY), NOT_AUTHENTICATED);
    }

    @Test
    void wrongKey() throws Exception {
      String almost = ExampleService.API_KEY.substring(0, ExampleService.API_KEY.length() - 1);
      assertRefusal(get("/items", "X-API-Key", almost), 401, List.of(API_KEY), INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("a bearer token is not an API key: 401")
    void tokenInstead() throws Exception {
      assertRefusal(
          get("/items", "Authorization", "Bearer " + allScopesToken),
          401,
          List.of(API_KEY),
          NOT_AUTHENTICATED);
    }

    @Test
    @DisplayName("the X-API-Key header twice: 400, no challenge")
    void repeatedKey() throws Exception {
      assertRefusal(
          get("/items", "X-API-Key", ExampleService.API_KEY, "X-API-Key", ExampleService.API_KEY),
          400,
          List.of(),
          AMBIGUOUS);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /admin (HTTP Basic, realm admin)")
  class Admin {

    @Test
    void administrator() throws Exception {
      assertOk(
          get(
              "/admin",
              "Authorization",
              "Basic " + base64(ExampleService.ADMIN + ":" + ExampleService.ADMIN_PASSWORD)),
          "{\"operation\":\"admin\",\"caller\":\"admin\",\"scheme\":\"HTTPBasic\"}");
    }

    @Test
    void noCredentials() throws Exception {
      assertRefusal(get("/admin"), 401, List.of(BASIC), NOT_AUTHENTICATED);
    }

    @Test
    void wrongPassword() throws Exception {
      assertRefusal(
          get("/admin", "Authorization", "Basic " + base64(ExampleService.ADMIN + ":wrong")),
          401,
          List.of(BASIC),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("a tutorial user is not an administrator")
    void tutorialUser() throws Exception {
      assertRefusal(
          get("/admin", "Authorization", "Basic " + base64("johndoe:secret")),
          401,
          List.of(BASIC),
          INVALID_CREDENTIALS);
    }

    @Test
    @DisplayName("a bearer token is not Basic: 401 Basic")
    void bearerInstead() throws Exception {
      assertRefusal(
          get("/admin", "Authorization", "Bearer " + allScopesToken),
          401,
          List.of(BASIC),
          NOT_AUTHENTICATED);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  @DisplayName("GET /openapi.json and /docs")
  class Documents {

    @Test
    @DisplayName("/openapi.json is META-INF/openapi.json byte for byte")
    void servedBytes() throws Exception {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(base.resolve("/openapi.json"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      byte[] onClassPath = classPathOpenApi();
      assertThat(onClassPath).isNotEmpty();
      assertThat(Arrays.equals(r.body(), onClassPath))
          .as(
              "served /openapi.json equals META-INF/openapi.json (%d vs %d bytes)",
              r.body().length, onClassPath.length)
          .isTrue();
    }

    @Test
    @DisplayName("/openapi.json: OpenAPI 3.1.0, zero swagger-parser messages")
    void swaggerParser() throws Exception {
      String json = servedOpenApi();
      ParseOptions options = new ParseOptions();
      options.setResolve(false);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
      assertThat(result.getOpenAPI()).as("parsed model").isNotNull();
      assertThat(result.getMessages()).isEmpty();
      assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
      assertThat(result.getOpenAPI().getComponents().getSecuritySchemes())
          .containsOnlyKeys("APIKeyHeader", "HTTPBasic", "OAuth2PasswordBearer");
    }

    @Test
    @DisplayName("/openapi.json: POST /token documents the form fields of TokenRequestForm")
    void tokenFormFields() throws Exception {
      JsonNode body = MAPPER.readTree(servedOpenApi()).at("/paths/~1token/post/requestBody");
      // Only the form media type: the reader refuses every other one, whatever @Consumes says.
      assertThat(body.get("content").fieldNames())
          .toIterable()
          .containsExactly("application/x-www-form-urlencoded");
      JsonNode form = body.at("/content/application~1x-www-form-urlencoded/schema");
      assertThat(form.get("properties").fieldNames())
          .toIterable()
          .containsExactly(
              "grant_type", "username", "password", "scope", "client_id", "client_secret");
      // Required as the strict endpoint requires it (issue 13): document and enforcement agree.
      assertThat(form.get("required").toString())
          .isEqualTo("[\"grant_type\",\"username\",\"password\"]");
      assertThat(form.at("/properties/password/format").asText()).isEqualTo("password");
      assertThat(body.get("required").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("/openapi.json: POST /token documents RFC 6749's token and error responses")
    void tokenResponses() throws Exception {
      JsonNode doc = MAPPER.readTree(servedOpenApi());
      JsonNode responses = doc.at("/paths/~1token/post/responses");
      assertThat(responses.fieldNames()).toIterable().containsExactly("200", "400", "401");
      assertThat(responses.at("/200/content").fieldNames())
          .toIterable()
          .containsExactly("application/json");
      assertThat(responses.at("/200/content/application~1json/schema/$ref").asText())
          .isEqualTo("#/components/schemas/GatehouseTokenResponse");
      for (String status : List.of("400", "401")) {
        assertThat(responses.at("/" + status + "/content/application~1json/schema/$ref").asText())
            .isEqualTo("#/components/schemas/GatehouseTokenError");
      }
      assertThat(responses.at("/401/headers").has("WWW-Authenticate")).isTrue();

      // The schema names exactly what the endpoint writes: a real success validates field by field.
      JsonNode schema = doc.at("/components/schemas/GatehouseTokenResponse");
      assertThat(schema.get("required").toString()).isEqualTo("[\"access_token\",\"token_type\"]");
      HttpResponse<String> issued =
          postToken(
              FORM, form("grant_type", "password", "username", "johndoe", "password", "secret"));
      assertThat(issued.statusCode()).isEqualTo(200);
      JsonNode body = MAPPER.readTree(issued.body());
      for (String field : fieldNames(body)) {
        String type = schema.at("/properties/" + field + "/type").asText();
        assertThat(type)
            .as(field)
            .isEqualTo(body.get(field).isIntegralNumber() ? "integer" : "string");
      }
      JsonNode codes = doc.at("/components/schemas/GatehouseTokenError/properties/error/enum");
      HttpResponse<String> refused =
          postToken(FORM, form("grant_type", "password", "username", "johndoe", "password", "x"));
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(codes).contains(MAPPER.readTree(refused.body()).get("error"));
    }

    @Test
    @DisplayName("/openapi.json: zero messages under the official OAS 3.1 JSON Schema")
    void officialSchema() throws Exception {
      assertThat(OpenApiSchemaValidator.messages(servedOpenApi())).isEmpty();
    }

    @Test
    @DisplayName("/docs: the Swagger UI page, its assets from the webjar")
    void docs() throws Exception {
      HttpResponse<String> page = get("/docs");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body())
          .contains("/docs/swagger-ui-bundle.js")
          .contains("url: \"/openapi.json\"");
      HttpResponse<String> bundle = get("/docs/swagger-ui-bundle.js");
      assertThat(bundle.statusCode()).isEqualTo(200);
      assertThat(bundle.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/javascript");
      assertThat(get("/docs/swagger-ui.css").statusCode()).isEqualTo(200);
      assertThat(get("/docs/nothing.js").statusCode()).isEqualTo(404);
      assertThat(get("/docs/swagger-ui-bundle.exe").statusCode()).isEqualTo(404);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** A token for johndoe with {@code scope} (or every scope when null). */
  static String token(String scope) throws Exception {
    String body =
        scope == null
            ? form("grant_type", "password", "username", "johndoe", "password", "secret")
            : form(
                "grant_type",
                "password",
                "username",
                "johndoe",
                "password",
                "secret",
                "scope",
                scope);
    HttpResponse<String> r = postToken(FORM, body);
    assertThat(r.statusCode()).as("token request: %s", r.body()).isEqualTo(200);
    return MAPPER.readTree(r.body()).get("access_token").asText();
  }

  static HttpResponse<String> postToken(String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/token"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * A client of its own: its requests, sent one after another, share one kept-alive connection (the
   * JDK client reuses an idle connection to the same host and port).
   */
  static HttpClient singleConnectionClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** {@code jwt} with the first lower-case letter of its signature upper-cased. */
  static String caseVariant(String jwt) {
    for (int i = jwt.lastIndexOf('.') + 1; i < jwt.length(); i++) {
      char c = jwt.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return jwt.substring(0, i) + Character.toUpperCase(c) + jwt.substring(i + 1);
      }
    }
    throw new AssertionError("no lower-case letter in the signature of " + jwt);
  }

  @Test
  @DisplayName(
      "/.well-known/oauth-protected-resource: RFC 9728 metadata derived from the declarations")
  void publishesItsProtectedResourceMetadata() throws Exception {
    HttpResponse<String> r = get("/.well-known/oauth-protected-resource");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode metadata = MAPPER.readTree(r.body());
    assertThat(metadata.get("resource").asText()).isEqualTo("http://127.0.0.1:8000");
    assertThat(metadata.get("resource_documentation").asText())
        .isEqualTo("http://127.0.0.1:8000/docs");
    // The OAuth2 scheme's declared scopes, and the one transport its bearer tokens take.
    JsonNode served = MAPPER.readTree(servedOpenApi());
    List<String> declared =
        fieldNames(
            served.at("/components/securitySchemes/OAuth2PasswordBearer/flows/password/scopes"));
    List<String> supported = new java.util.ArrayList<>();
    metadata.get("scopes_supported").forEach(n -> supported.add(n.asText()));
    assertThat(supported).containsExactlyInAnyOrderElementsOf(declared).isNotEmpty();
    assertThat(metadata.get("bearer_methods_supported").toString()).isEqualTo("[\"header\"]");
    // The tutorial's challenges stay FastAPI's (the service turns the pointer off).
    assertThat(get("/users/me").headers().allValues("WWW-Authenticate"))
        .noneMatch(c -> c.contains("resource_metadata"));
  }

  /** GET {@code path} with header name/value pairs; a name given twice is sent on two lines. */
  static HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    return get(http, path, headers);
  }

  static HttpResponse<String> get(HttpClient client, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String form(String... pairs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  static void assertOk(HttpResponse<String> r, String expectedJson) throws IOException {
    assertThat(r.statusCode()).as("status; body %s", r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().allValues("WWW-Authenticate")).isEmpty();
    JsonNode expected = MAPPER.readTree(expectedJson);
    JsonNode actual = MAPPER.readTree(r.body());
    if (expected.size() == 1 && expected.path("detail").isTextual() && actual.size() == 1) {
      // A refusal's detail is a stable head, then "; " and what was wrong and where.
      String head = expected.path("detail").asText();
      String detail = actual.path("detail").asText();
      assertThat(detail.equals(head) || detail.startsWith(head + "; "))
          .as("detail \"%s\" has the head \"%s\"", detail, head)
          .isTrue();
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** Status, the exact challenge list in order, no-store, and the exact JSON body. */
  static void assertRefusal(
      HttpResponse<String> r, int status, List<String> challenges, String expectedJson)
      throws IOException {
    assertThat(r.statusCode()).as("status; body %s", r.body()).isEqualTo(status);
    assertThat(r.headers().allValues("WWW-Authenticate"))
        .as("WWW-Authenticate")
        .containsExactlyElementsOf(challenges);
    assertThat(r.headers().allValues("Cache-Control"))
        .as("Cache-Control")
        .containsExactly("no-store");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode expected = MAPPER.readTree(expectedJson);
    JsonNode actual = MAPPER.readTree(r.body());
    if (expected.size() == 1 && expected.path("detail").isTextual() && actual.size() == 1) {
      // A refusal's detail is a stable head, then "; " and what was wrong and where.
      String head = expected.path("detail").asText();
      String detail = actual.path("detail").asText();
      assertThat(detail.equals(head) || detail.startsWith(head + "; "))
          .as("detail \"%s\" has the head \"%s\"", detail, head)
          .isTrue();
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** An RFC 6749 section 5.2 error: status, no-store, no challenge, the exact JSON body. */
  static void assertTokenError(HttpResponse<String> r, int status, String expectedJson)
      throws IOException {
    assertThat(r.statusCode()).as("status; body %s", r.body()).isEqualTo(status);
    assertThat(r.headers().allValues("Cache-Control"))
        .as("Cache-Control")
        .containsExactly("no-store");
    assertThat(r.headers().firstValue("Content-Type"))
        .as("Content-Type")
        .hasValue("application/json;charset=UTF-8");
    assertThat(r.headers().allValues("WWW-Authenticate")).isEmpty();
    assertThat(r.body()).isNotEmpty();
    JsonNode expected = MAPPER.readTree(expectedJson);
    JsonNode actual = MAPPER.readTree(r.body());
    if (expected.size() == 1 && expected.path("detail").isTextual() && actual.size() == 1) {
      // A refusal's detail is a stable head, then "; " and what was wrong and where.
      String head = expected.path("detail").asText();
      String detail = actual.path("detail").asText();
      assertThat(detail.equals(head) || detail.startsWith(head + "; "))
          .as("detail \"%s\" has the head \"%s\"", detail, head)
          .isTrue();
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** Replaces one character in the middle of the signature by another base64url character. */
  static String flipSignatureCharacter(String jwt) {
    int signatureStart = jwt.lastIndexOf('.') + 1;
    int i = signatureStart + (jwt.length() - signatureStart) / 2;
    char c = jwt.charAt(i);
    char replacement = c == 'A' ? 'B' : 'A';
    String flipped = jwt.substring(0, i) + replacement + jwt.substring(i + 1);
    assertThat(flipped).isNotEqualTo(jwt).hasSameSizeAs(jwt);
    return flipped;
  }

  /** An RS256 token shaped like the service's, signed by a key the service does not know. */
  static String foreignToken(Instant issuedAt, Instant expiresAt) throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("example-1").generate();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ExampleService.ISSUER)
            .audience(ExampleService.AUDIENCE)
            .subject("johndoe")
            .claim("scope", "me items")
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("example-1")
                .type(new JOSEObjectType("at+jwt"))
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  static JsonNode claims(String jwt) throws IOException {
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    return MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
  }

  static Set<String> scopeSet(String scope) {
    assertThat(scope).matches("[!#-\\[\\]-~]+( [!#-\\[\\]-~]+)*");
    return Set.of(scope.split(" "));
  }

  static List<String> fieldNames(JsonNode node) {
    return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
  }

  static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String base64Url(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String servedOpenApi() throws IOException, InterruptedException {
    HttpResponse<String> r = get("/openapi.json");
    assertThat(r.statusCode()).as("GET /openapi.json").isEqualTo(200);
    assertThat(r.body()).startsWith("{");
    return r.body();
  }

  static byte[] classPathOpenApi() throws IOException {
    try (InputStream in =
        ExampleServiceTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.json")) {
      assertThat(in).as("META-INF/openapi.json on the test class path").isNotNull();
      return in.readAllBytes();
    }
  }
}
