package dev.gatehouse.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Step-up authentication (RFC 9470) end to end on Jersey, with tokens this test signs itself (no
 * Keycloak): {@link KeycloakItemsApi}'s {@code @StepUp} operations let in the right {@code acr} and
 * a recent {@code auth_time}, and refuse everything else with 401 and the exact {@code
 * insufficient_user_authentication} challenge, never with a 500.
 */
class StepUpSelfIssuedTest {
  private static final String GOLD = "/keycloak/oidc/step-up/gold";
  private static final String RECENT = "/keycloak/oidc/step-up/recent";
  private static final String LOGIN = "/keycloak/oidc/step-up/login";
  private static final String ME = "/keycloak/oidc/me";

  private static RSAKey key;
  private static ProtectedApi api;
  private static String realm;

  @BeforeAll
  static void start() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("self-1").generate();
    JwtVerifier verifier =
        JwtVerifier.builder()
            .issuer(KeycloakSchemes.ISSUER)
            .audience(KeycloakSchemes.AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .keys(new JWKSet(key.toPublicJWK()))
            .build();
    api = ProtectedApi.start(verifier, verifier);
    String challenge = api.get(GOLD, null).headers().firstValue("WWW-Authenticate").orElseThrow();
    realm = challenge.substring("Bearer realm=\"".length(), challenge.length() - 1);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String token(Consumer<JWTClaimsSet.Builder> edit) throws JOSEException {
    long now = Instant.now().getEpochSecond();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(KeycloakSchemes.ISSUER)
            .subject("alice")
            .audience(KeycloakSchemes.AUDIENCE)
            .expirationTime(new Date((now + 300) * 1000))
            .issueTime(new Date(now * 1000));
    edit.accept(claims);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("self-1").build(), claims.build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String login(String acr, long secondsAgo) throws JOSEException {
    return token(
        c -> c.claim("acr", acr).claim("auth_time", Instant.now().getEpochSecond() - secondsAgo));
  }

  private static String challenge(String description, String parameters) {
    return "Bearer realm=\""
        + realm
        + "\", error=\"insufficient_user_authentication\","
        + " error_description=\""
        + description
        + "\", "
        + parameters;
  }

  private static void assertStepUp(
      HttpResponse<String> response, String description, String parameters) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .containsExactly(challenge(description, parameters));
    assertThat(response.body()).startsWith("{\"detail\":\"Insufficient user authentication; ");
  }

  @Test
  void theRightAcrWithinMaxAgeIsLetIn() throws Exception {
    HttpResponse<String> ok = api.get(GOLD, login("platinum", 10));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"operation\":\"stepUpGold\",\"user\":\"alice\"");
    assertThat(api.get(LOGIN, login("1", 5000)).statusCode()).isEqualTo(200);
    // The application reads acr and auth_time from the verified token.
    long authTime = Instant.now().getEpochSecond() - 10;
    String token = token(c -> c.claim("acr", "gold").claim("auth_time", authTime));
    assertThat(api.get(GOLD, token, "X-Caller", "claims").body())
        .endsWith("\"acr\":\"gold\",\"auth_time\":" + authTime + "}");
  }

  @Test
  void anotherAcrIsRefusedWithTheExactChallenge() throws Exception {
    HttpResponse<String> silver = api.get(GOLD, login("silver", 10));
    assertStepUp(
        silver,
        "A different authentication level is required",
        "acr_values=\"gold platinum\", max_age=300");
    assertThat(silver.body())
        .isEqualTo(
            "{\"detail\":\"Insufficient user authentication; the Bearer token (scheme KeycloakOidc)"
                + " was issued for an authentication context class (acr) the operation does not"
                + " accept; authenticate again for acr_values \\\"gold platinum\\\" and max_age 300"
                + " (RFC 9470)\"}");
    // The same token is fine where no step-up is required.
    assertThat(api.get(ME, login("silver", 10)).statusCode()).isEqualTo(200);
    assertStepUp(
        api.get(LOGIN, login("gold", 10)),
        "A different authentication level is required",
        "acr_values=\"1\"");
  }

  @Test
  void aMissingAcrIsRefused() throws Exception {
    String noAcr = token(c -> c.claim("auth_time", Instant.now().getEpochSecond()));
    assertStepUp(
        api.get(GOLD, noAcr),
        "A different authentication level is required",
        "acr_values=\"gold platinum\", max_age=300");
  }

  @Test
  void aStaleOrMissingAuthTimeIsRefused() throws Exception {
    assertStepUp(
        api.get(GOLD, login("gold", 300 + 60 + 30)),
        "More recent authentication is required",
        "acr_values=\"gold platinum\", max_age=300");
    assertStepUp(
        api.get(RECENT, token(c -> c.claim("acr", "gold"))),
        "More recent authentication is required",
        "max_age=300");
    // Within max_age plus the 60 s skew: in.
    assertThat(api.get(RECENT, login("gold", 300 + 30)).statusCode()).isEqualTo(200);
  }

  @Test
  void anAuthTimeInTheFutureIsRefused() throws Exception {
    assertStepUp(
        api.get(RECENT, login("gold", -600)),
        "The authentication time is in the future",
        "max_age=300");
  }

  @Test
  void malformedAcrAndAuthTimeAreRefusedCleanly() throws Exception {
    for (Object acr : List.of(List.of("gold"), 1, java.util.Map.of("value", "gold"), true)) {
      String token =
          token(c -> c.claim("acr", acr).claim("auth_time", Instant.now().getEpochSecond()));
      assertStepUp(
          api.get(GOLD, token),
          "A different authentication level is required",
          "acr_values=\"gold platinum\", max_age=300");
    }
    for (Object authTime : List.of("now", List.of(1), -5, 1e300)) {
      assertStepUp(
          api.get(RECENT, token(c -> c.claim("auth_time", authTime))),
          "More recent authentication is required",
          "max_age=300");
    }
  }
}
