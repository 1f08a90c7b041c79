package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.jwt.JwtCheck;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 5 (security rules 1.10, ASVS 16.2.5) for the token endpoint: {@code toString()} of
 * the issuer, issued tokens, forms, responses and the checks of issued tokens, and the message of
 * every exception a caller can see, never contains the password, the client secret, the token or
 * its signature.
 */
class NoSecretsTest {

  static final String PASSWORD = "pw-Secret-7f3a9c";
  static final String CLIENT_SECRET = "cs-Secret-91e0d4";
  static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnLVNlY3JldC1hYmNkZWY";

  static PasswordUsers users;
  static RSAKey key;
  static TokenIssuer issuer;
  static JwtVerifier verifier;

  @BeforeAll
  static void setUp() throws Exception {
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(10_000);
    users =
        PasswordUsers.builder(hasher).user("alice", hasher.hash(PASSWORD), Set.of("me")).build();
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    issuer = TokenIssuer.builder(key).issuer("urn:test").audience("urn:test:api").build();
    verifier =
        JwtVerifier.builder()
            .issuer("urn:test")
            .audience("urn:test:api")
            .algorithms(JWSAlgorithm.RS256)
            .keys(issuer.publicJwkSet())
            .requireAccessTokenType(false)
            .build();
  }

  /** Asserts that none of {@code texts} contains any of {@code secrets}. */
  static void assertNoSecret(List<String> texts, String... secrets) {
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).as("toString/message").doesNotContain(secret);
      }
    }
  }

  static String signature(String jwt) {
    return jwt.substring(jwt.lastIndexOf('.') + 1);
  }

  @Test
  void issuer() {
    assertNoSecret(List.of(issuer.toString()), key.getPrivateExponent().toString());
  }

  @Test
  void jwtChecksAndIssuedTokens() throws Exception {
    IssuedToken issued = issuer.issue("alice", List.of("me"), "client-1");
    String token = issued.value();
    // One signature character, well before the last (whose low bits are unused), always changed:
    // replacing the last two with a fixed pair left the token as it was when it ended so already.
    int at = token.length() - 10;
    char other = token.charAt(at) == 'A' ? 'B' : 'A';
    String flipped = token.substring(0, at) + other + token.substring(at + 1);
    JwtCheck valid = verifier.check(token);
    JwtCheck invalid = verifier.check(flipped);
    assertThat(valid.isValid()).isTrue();
    assertThat(invalid.isValid()).isFalse();
    List<String> shown =
        List.of(
            issued.toString(),
            valid.toString(),
            invalid.toString(),
            valid.verification().toString(),
            invalid.verification().toString(),
            verifier.check(TOKEN).toString());
    assertNoSecret(shown, token, signature(token), signature(flipped), TOKEN, signature(TOKEN));
  }

  @Test
  void tokenEndpointFormsResponsesAndExceptions() throws Exception {
    String form = "application/x-www-form-urlencoded";
    String body =
        "grant_type=password&username=alice&password="
            + PASSWORD
            + "&client_id=c&client_secret="
            + CLIENT_SECRET;
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("c:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    List<String> shown = new ArrayList<>();
    shown.add(TokenRequestForm.parse(form, ascii(body), List.of()).toString());
    shown.add(
        TokenRequestForm.parse(
                form,
                ascii("grant_type=password&username=alice&password=" + PASSWORD),
                List.of(basic))
            .toString());
    // Refusals: repeated parameter, both client methods, malformed encoding next to the secret.
    for (String bad :
        List.of(
            body + "&password=" + PASSWORD,
            "grant_type=password&username=alice&password=" + PASSWORD + "%ZZ",
            "grant_type=password&username=alice&password=" + PASSWORD + "&password=" + PASSWORD)) {
      try {
        TokenRequestForm.parse(form, ascii(bad), List.of(basic));
        throw new AssertionError("expected a refusal for " + bad.length() + " bytes");
      } catch (TokenRequestException e) {
        shown.add(String.valueOf(e.getMessage()));
        shown.add(e.toString());
      }
    }
    PasswordTokenEndpoint endpoint =
        PasswordTokenEndpoint.builder()
            .users(users)
            .publicClients()
            .strict(false)
            .issuer(issuer)
            .build();
    TokenResponse ok =
        endpoint.handle(
            form, ascii("grant_type=password&username=alice&password=" + PASSWORD), List.of());
    assertThat(ok.status()).isEqualTo(200);
    String accessToken = ok.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    shown.add(ok.toString());
    shown.add(ok.headers().toString());
    TokenResponse wrong =
        endpoint.handle(
            form,
            ascii("grant_type=password&username=alice&password=" + PASSWORD + "x"),
            List.of());
    shown.add(wrong.toString());
    shown.add(wrong.body());
    TokenResponse client = endpoint.handle(form, ascii(body), List.of());
    shown.add(client.toString());
    shown.add(client.body());
    shown.add(endpoint.toString());
    assertNoSecret(shown, PASSWORD, CLIENT_SECRET, accessToken, signature(accessToken));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
