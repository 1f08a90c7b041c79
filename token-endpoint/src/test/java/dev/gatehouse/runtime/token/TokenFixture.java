package dev.gatehouse.runtime.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;

/** The security rules' section 0.1 fixture, shared by the token endpoint tests. */
final class TokenFixture {

  static final String ISSUER = "https://issuer.test";
  static final String AUDIENCE = "api://test";
  static final long T0 = 1_700_000_000L;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(T0), ZoneOffset.UTC);

  static final RSAKey RSA_KEY = generateRsa();
  static final ECKey EC_KEY = generateEc();

  static final PasswordHasher HASHER =
      PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS);

  /** alice/hunter2 [read, write]; café/pw []; u8/pé [read]; bob (disabled)/hunter2. */
  static final PasswordUsers USERS =
      PasswordUsers.builder(HASHER)
          .user("alice", HASHER.hash("hunter2"), Set.of("read", "write"))
          .user("café", HASHER.hash("pw"), Set.of())
          .user("u8", HASHER.hash("pé"), Set.of("read"))
          .disabled("bob", HASHER.hash("hunter2"))
          .build();

  private TokenFixture() {}

  static TokenIssuer issuer() {
    return TokenIssuer.builder(RSA_KEY).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build();
  }

  /** Verifies like an independent resource server: signature, typ at+jwt, iss, aud, times at T0. */
  static JWTClaimsSet verify(String token, TokenIssuer issuer, JWSAlgorithm algorithm)
      throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(algorithm, new ImmutableJWKSet<>(issuer.publicJwkSet())));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            AUDIENCE,
            new JWTClaimsSet.Builder().issuer(ISSUER).build(),
            Set.of("sub", "exp", "iat", "nbf", "jti")) {
          @Override
          protected Date currentTime() {
            return Date.from(CLOCK.instant());
          }
        });
    return processor.process(token, null);
  }

  private static RSAKey generateRsa() {
    try {
      return new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECKey generateEc() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
