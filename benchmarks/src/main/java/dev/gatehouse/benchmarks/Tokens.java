package dev.gatehouse.benchmarks;

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
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;

/** One signing key and one valid token per algorithm; the same token feeds every contender. */
final class Tokens {
  static final String ISSUER = "https://issuer.bench.example";
  static final String AUDIENCE = "urn:gatehouse:bench";
  static final String SCOPE = "read";

  final JWSAlgorithm algorithm;

  /** The private (or secret) key; verification paths use its public part. */
  final JWK key;

  final String token;

  private Tokens(JWSAlgorithm algorithm, JWK key, String token) {
    this.algorithm = algorithm;
    this.key = key;
    this.token = token;
  }

  static Tokens create(JWSAlgorithm algorithm) throws JOSEException {
    JWK key;
    JWSSigner signer;
    if (JWSAlgorithm.HS256.equals(algorithm)) {
      OctetSequenceKey k =
          new OctetSequenceKeyGenerator(256).keyID("hs").algorithm(algorithm).generate();
      key = k;
      signer = new MACSigner(k);
    } else if (JWSAlgorithm.RS256.equals(algorithm)) {
      RSAKey k = new RSAKeyGenerator(2048).keyID("rs").algorithm(algorithm).generate();
      key = k;
      signer = new RSASSASigner(k);
    } else if (JWSAlgorithm.ES256.equals(algorithm)) {
      ECKey k = new ECKeyGenerator(Curve.P_256).keyID("es").algorithm(algorithm).generate();
      key = k;
      signer = new ECDSASigner(k);
    } else {
      throw new IllegalArgumentException(algorithm.getName());
    }
    long now = System.currentTimeMillis();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("bench-user")
            .issueTime(new Date(now - 1_000))
            .notBeforeTime(new Date(now - 1_000))
            .expirationTime(new Date(now + 24 * 3_600_000L))
            .claim("scope", SCOPE)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
            claims);
    jwt.sign(signer);
    return new Tokens(algorithm, key, jwt.serialize());
  }

  /** What a resource server holds: the public key, or the shared secret for HMAC. */
  JWK verificationKey() {
    return key instanceof OctetSequenceKey ? key : key.toPublicJWK();
  }
}
