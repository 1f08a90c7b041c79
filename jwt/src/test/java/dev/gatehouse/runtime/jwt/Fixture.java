package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The JWT fixture of security rules 0.1: issuer, audience, keys rsa-1 and ec-1, T0 and VJ. */
final class Fixture {
  static final long T0 = 1_700_000_000L;
  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "api://test";

  // Generated once per test JVM; immutable.
  static final RSAKey RSA = rsa("rsa-1");
  static final ECKey EC = ec("ec-1");

  private Fixture() {}

  static RSAKey rsa(String kid) {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(kid)
          .algorithm(JWSAlgorithm.RS256)
          .keyUse(KeyUse.SIGNATURE)
          .generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  static ECKey ec(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyID(kid)
          .algorithm(JWSAlgorithm.ES256)
          .keyUse(KeyUse.SIGNATURE)
          .generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** The public JWK set {rsa-1, ec-1}. */
  static JWKSet publicJwks() {
    return new JWKSet(java.util.List.<JWK>of(RSA, EC)).toPublicJWKSet();
  }

  static Clock clockAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  /** The fixture verifier: static keys, RS256 + ES256, fixed clock T0, skew 60 s. */
  static JwtVerifier.Builder verifier() {
    return base().keys(publicJwks());
  }

  /** The fixture settings without a key source. */
  static JwtVerifier.Builder base() {
    return JwtVerifier.builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
        .clock(clockAt(T0))
        // Loopback servers on a loaded 2-core machine: these tests check behaviour, not speed.
        .jwksTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  /** The claims of VJ. */
  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("alice")
        .audience(AUDIENCE)
        .expirationTime(new Date((T0 + 3600) * 1000))
        .issueTime(new Date(T0 * 1000))
        .claim("scope", "read");
  }

  /** VJ's header: RS256, typ JWT, kid rsa-1. */
  static JWSHeader.Builder rsaHeader() {
    return new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("rsa-1");
  }

  /** The token VJ of security rules 0.1. */
  static String vj() {
    return sign(rsaHeader().build(), claims().build(), RSA);
  }

  /** {@code claims} signed with {@code key} (RSA, EC or secret) under {@code header}. */
  static String sign(JWSHeader header, JWTClaimsSet claims, JWK key) {
    try {
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(signer(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** Arbitrary header and payload JSON, signed with {@code key} under {@code alg}. */
  static String signRaw(String headerJson, String payloadJson, JWSAlgorithm alg, JWK key) {
    String input = b64(headerJson) + "." + b64(payloadJson);
    try {
      Base64URL signature =
          signer(key).sign(new JWSHeader(alg), input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + signature;
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** VJ's header as JSON text. */
  static final String VJ_HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"rsa-1\"}";

  /** VJ's payload as JSON text. */
  static String vjPayload() {
    return JSONObjectUtils.toJSONString(claims().build().toJSONObject());
  }

  /** VJ with its claims edited as a JSON map (values of any JSON type), signed with rsa-1. */
  static String withClaims(Consumer<Map<String, Object>> edit) {
    Map<String, Object> claims = new LinkedHashMap<>(claims().build().toJSONObject());
    edit.accept(claims);
    return signRaw(VJ_HEADER, JSONObjectUtils.toJSONString(claims), JWSAlgorithm.RS256, RSA);
  }

  /** VJ's claims under another header JSON, signed with rsa-1 (RS256). */
  static String withHeader(String headerJson) {
    return signRaw(headerJson, vjPayload(), JWSAlgorithm.RS256, RSA);
  }

  static String b64(String text) {
    return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String b64(byte[] bytes) {
    return Base64URL.encode(bytes).toString();
  }

  private static JWSSigner signer(JWK key) throws JOSEException {
    if (key instanceof RSAKey rsa) {
      return new RSASSASigner(rsa);
    }
    if (key instanceof ECKey ec) {
      return new ECDSASigner(ec);
    }
    return new MACSigner((OctetSequenceKey) key);
  }
}
