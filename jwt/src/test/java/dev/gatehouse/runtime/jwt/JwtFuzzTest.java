package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the JWT pipeline entry, {@link JwtVerifier#check}, with fixed keys and a fixed clock
 * (security rules 1.4, 1.5): whatever the input, the answer is a {@link JwtCheck} with a reason
 * from {@link JwtRejection}, the same every time and the same as {@link JwtVerifier#verify}; an
 * accepted token's signature verifies with this test's key by nimbus's own verifier, and its header
 * and claims pass a reference check written here from the rules.
 *
 * <p>Input, two forms: a line without {@code \n} is the token as sent, checked by an HS256 and an
 * ES256 verifier (the fuzzer cannot sign, so anything accepted must be a committed seed token or a
 * forgery); {@code header-json \n payload-json} is signed with the HS256 key here, so the fuzzer
 * explores the header and claim rules behind the signature check.
 */
class JwtFuzzTest {
  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "api://test";
  static final long NOW = 1_700_000_000L;
  static final long SKEW = 60;

  /** Test keys, fixed so that committed seed tokens stay valid. */
  static final OctetSequenceKey SECRET =
      new OctetSequenceKey.Builder(
              "gatehouse-fuzz-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII))
          .keyID("hs-fuzz")
          .build();

  static final ECKey EC = parseEc();

  private static final JwtVerifier HS = verifier(JWSAlgorithm.HS256, new JWKSet(SECRET));
  private static final JwtVerifier ES =
      verifier(JWSAlgorithm.ES256, new JWKSet(EC).toPublicJWKSet());

  @FuzzTest(maxDuration = "10m")
  void jwtCheck(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    if (newline < 0) {
      JwtCheck hs = check(HS, text);
      if (hs.isValid()) {
        assertSignedBy(text, new MACVerifier(SECRET));
        assertClaimsValid(text);
      }
      JwtCheck es = check(ES, text);
      if (es.isValid()) {
        assertSignedBy(text, new ECDSAVerifier(EC.toPublicJWK()));
        assertClaimsValid(text);
      }
      return;
    }
    String token =
        signHs256(text.substring(0, newline), text.substring(newline + 1).replace("\n", ""));
    if (check(HS, token).isValid()) {
      assertClaimsValid(token);
    }
  }

  /** Checks twice and through {@link JwtVerifier#verify}; all must agree. */
  private static JwtCheck check(JwtVerifier verifier, String token) throws Exception {
    JwtCheck first = verifier.check(token);
    JwtCheck second = verifier.check(token);
    assertThat(second.isValid()).isEqualTo(first.isValid());
    assertThat(second.rejection()).isEqualTo(first.rejection());
    assertThat(first.rejection().isPresent()).isNotEqualTo(first.isValid());
    assertThat(first.claims().isPresent()).isEqualTo(first.isValid());
    Verification verification =
        verifier.verify(new BearerToken(token, BearerToken.Transport.HEADER));
    assertThat(verification.isGranted()).isEqualTo(first.isValid());
    if (first.isValid()) {
      assertThat(verification.principal())
          .isEqualTo(first.claims().orElseThrow().getSubject())
          .isEqualTo(first.verification().principal());
      assertStepUpClaims(first.claims().orElseThrow().getClaims(), verification);
    } else {
      assertThat(verification.reason()).contains(first.rejection().orElseThrow().description());
    }
    return first;
  }

  /**
   * The step-up claims (RFC 9470) of an accepted token, by a reference reading of the claims: an
   * {@code acr} only when it is a non-empty string, an {@code auth_time} only when it is a number
   * from 0 to the year 9999, to the millisecond; never an exception for anything else.
   */
  private static void assertStepUpClaims(Map<String, Object> claims, Verification verification) {
    Object acr = claims.get("acr");
    assertThat(verification.acr())
        .isEqualTo(
            acr instanceof String s && !s.isEmpty()
                ? java.util.Optional.of(s)
                : java.util.Optional.empty());
    Object authTime = claims.get("auth_time");
    boolean inRange =
        authTime instanceof Number n
            && Double.isFinite(n.doubleValue())
            && n.doubleValue() >= 0
            && n.doubleValue() <= 253_402_300_799d;
    assertThat(verification.authTime().isPresent()).isEqualTo(inRange);
    if (inRange) {
      assertThat(verification.authTime().orElseThrow().toEpochMilli())
          .isEqualTo((long) Math.floor(((Number) authTime).doubleValue() * 1000d));
    }
  }

  /** nimbus, independently of the verifier under test, finds the signature valid. */
  private static void assertSignedBy(String token, JWSVerifier key) throws Exception {
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.verify(key)).as("accepted token is signed by the test's key").isTrue();
  }

  /** The header and claim rules of security rules 1.4 and decision P11, checked on raw JSON. */
  private static void assertClaimsValid(String token) throws ParseException {
    String[] parts = token.split("\\.", -1);
    assertThat(parts).hasSize(3);
    Map<String, Object> header = JSONObjectUtils.parse(Base64URL.from(parts[0]).decodeToString());
    assertThat(header.get("alg")).isIn("HS256", "ES256");
    assertThat(header).doesNotContainKeys("crit", "b64", "jku", "x5u", "jwk", "enc", "zip");
    if (header.containsKey("typ")) {
      assertThat(header.get("typ").toString().toLowerCase(java.util.Locale.ROOT))
          .isIn("jwt", "at+jwt", "application/jwt", "application/at+jwt");
    }
    Map<String, Object> claims = JSONObjectUtils.parse(Base64URL.from(parts[1]).decodeToString());
    assertThat(claims.get("iss")).isEqualTo(ISSUER);
    Object aud = claims.get("aud");
    assertThat(aud instanceof String s ? List.of(s) : (List<?>) aud).contains(AUDIENCE);
    assertThat(claims.get("sub")).isInstanceOf(String.class).asString().isNotEmpty();
    assertThat(((Number) claims.get("exp")).doubleValue()).isGreaterThan(NOW - SKEW);
    for (String notAfterNow : Set.of("nbf", "iat")) {
      if (claims.get(notAfterNow) != null) {
        assertThat(((Number) claims.get(notAfterNow)).doubleValue())
            .isLessThanOrEqualTo(NOW + SKEW);
      }
    }
  }

  /** {@code header.payload} signed with the HS256 test key, whatever the JSON says. */
  static String signHs256(String headerJson, String payloadJson) throws JOSEException {
    String input =
        Base64URL.encode(headerJson.getBytes(StandardCharsets.UTF_8))
            + "."
            + Base64URL.encode(payloadJson.getBytes(StandardCharsets.UTF_8));
    Base64URL signature =
        new MACSigner(SECRET)
            .sign(new JWSHeader(JWSAlgorithm.HS256), input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + signature;
  }

  private static JwtVerifier verifier(JWSAlgorithm algorithm, JWKSet keys) {
    return JwtVerifier.builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .algorithms(algorithm)
        .keys(keys)
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
        .build();
  }

  private static ECKey parseEc() {
    try {
      return ECKey.parse(
          "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"ec-fuzz\","
              + "\"d\":\"_e06AsGGC_CaE6tOraXuvtNAAgMPh1NN6t-jZoD17LM\","
              + "\"x\":\"KD2KZnv1FTcw1Ta0nSGB9UtdjZ_-1DmX_vhwF4MnAHY\","
              + "\"y\":\"zu0DUgAeOBMewe5m35_htRSMAnx1tXJTvtFREd5yhh8\"}");
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }
}
