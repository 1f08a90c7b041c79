package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable set of verification keys, each paired once with its nimbus verifier, and the rules
 * that pick the candidate keys for one token (security rules 1.4 steps 4 and 9).
 */
final class KeyRing {
  /** At most this many keys are tried per token, so a token without kid costs bounded work. */
  static final int MAX_CANDIDATES = 3;

  static final int MIN_RSA_BITS = 2048;
  static final int MIN_SECRET_BITS = 256;

  private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

  /**
   * One usable key; {@code rsaSignatureBytes} is the length of its RSASSA signatures (the
   * modulus's, RFC 8017 section 8.1.2), worked out once (nimbus decodes the modulus for every
   * {@code size()}), or 0 for other keys.
   */
  record Key(JWK jwk, JWSVerifier verifier, int rsaSignatureBytes) {
    Key(JWK jwk, JWSVerifier verifier) {
      this(jwk, verifier, jwk instanceof RSAKey rsa ? (rsa.size() + 7) / 8 : 0);
    }

    /** Whether nimbus verifies the token's signature over the received bytes with this key. */
    boolean verifies(CompactJws token) {
      // RSASSA signatures are exactly as long as the modulus; ECDSA lengths and r, s ranges are
      // checked by nimbus (ECDSA.ensureLegalSignature, 9.22).
      if (rsaSignatureBytes != 0 && token.signatureLength() != rsaSignatureBytes) {
        return false;
      }
      try {
        return verifier.verify(token.header, token.signingInput.clone(), token.signatureSegment);
      } catch (JOSEException e) {
        return false;
      }
    }
  }

  private final List<Key> keys;
  private final Set<String> keyIds;

  private KeyRing(List<Key> keys) {
    this.keys = List.copyOf(keys);
    Set<String> ids = new HashSet<>();
    for (Key key : keys) {
      if (key.jwk().getKeyID() != null) {
        ids.add(key.jwk().getKeyID());
      }
    }
    this.keyIds = Set.copyOf(ids);
  }

  /**
   * The usable keys of {@code jwks}; {@code skipped} hears (index, reason) for each other key.
   *
   * @param secrets whether HMAC secrets may be used: only for keys from local configuration
   */
  static KeyRing of(List<JWK> jwks, boolean secrets, BiConsumer<Integer, String> skipped) {
    List<Key> usable = new ArrayList<>();
    for (int i = 0; i < jwks.size(); i++) {
      JWK jwk = jwks.get(i);
      String problem = problem(jwk, secrets);
      JWSVerifier verifier = null;
      if (problem == null) {
        try {
          verifier = verifier(jwk);
        } catch (JOSEException | RuntimeException e) {
          problem = "nimbus cannot build a verifier for it";
        }
      }
      if (problem == null) {
        usable.add(new Key(jwk, verifier));
      } else {
        skipped.accept(i, problem);
      }
    }
    return new KeyRing(usable);
  }

  /**
   * Keys from local configuration: every key must be usable and every algorithm must have a key,
   * else {@link IllegalStateException} says which.
   */
  static KeyRing configured(JWKSet jwks, Collection<JWSAlgorithm> algorithms, boolean secrets) {
    KeyRing ring =
        of(
            jwks.getKeys(),
            secrets,
            (i, why) -> {
              throw new IllegalStateException(
                  "keys(...): key "
                      + i
                      + " cannot be used: "
                      + why
                      + (why.contains("private") ? "; pass JWKSet.toPublicJWKSet()" : ""));
            });
    for (JWSAlgorithm algorithm : algorithms) {
      if (!ring.supports(algorithm)) {
        throw new IllegalStateException(
            "keys(...) holds no key for "
                + algorithm
                + (secrets ? " (HMAC secrets must be at least as long as the hash)" : ""));
      }
    }
    return ring;
  }

  /** Why {@code jwk} cannot verify signatures here, or null (security rules 1.5.5). */
  static String problem(JWK jwk, boolean secrets) {
    if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
      return "its \"use\" is not \"sig\"";
    }
    if (jwk.getKeyOperations() != null && !jwk.getKeyOperations().contains(KeyOperation.VERIFY)) {
      return "its \"key_ops\" lacks \"verify\"";
    }
    if (jwk.getKeyRevocation() != null) {
      return "it is revoked";
    }
    if (jwk instanceof RSAKey rsa) {
      if (rsa.isPrivate()) {
        return "it holds private key material";
      }
      return rsa.size() < MIN_RSA_BITS ? "RSA keys need at least 2048 bits" : null;
    }
    if (jwk instanceof ECKey ec) {
      if (ec.isPrivate()) {
        return "it holds private key material";
      }
      return CURVES.contains(ec.getCurve()) ? null : "only P-256, P-384 and P-521 are supported";
    }
    if (jwk instanceof OctetSequenceKey oct) {
      if (!secrets) {
        return "HMAC secrets are only accepted from local configuration";
      }
      return oct.size() < MIN_SECRET_BITS ? "HMAC secrets need at least 256 bits" : null;
    }
    return "key type " + jwk.getKeyType() + " is not supported";
  }

  private static JWSVerifier verifier(JWK jwk) throws JOSEException {
    if (jwk instanceof RSAKey rsa) {
      return new RSASSAVerifier(rsa);
    }
    if (jwk instanceof ECKey ec) {
      return new ECDSAVerifier(ec);
    }
    return new MACVerifier((OctetSequenceKey) jwk);
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  int size() {
    return keys.size();
  }

  /** Whether some usable key has this id. */
  boolean hasKeyId(String keyId) {
    return keyId != null && keyIds.contains(keyId);
  }

  /**
   * The keys that may verify a token with {@code algorithm} and {@code keyId} (null: any id): the
   * key type and curve fit the algorithm, and the key's own {@code alg}, if any, is the same.
   */
  List<Key> candidates(JWSAlgorithm algorithm, String keyId) {
    List<Key> out = new ArrayList<>();
    for (Key key : keys) {
      JWK jwk = key.jwk();
      if (keyId != null && !keyId.equals(jwk.getKeyID())) {
        continue;
      }
      if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().getName().equals(algorithm.getName())) {
        continue;
      }
      if (fits(jwk, algorithm)) {
        out.add(key);
        if (out.size() == MAX_CANDIDATES) {
          break;
        }
      }
    }
    return out;
  }

  /** Whether {@code jwk} (equal parameters) is one of this ring's keys. */
  boolean contains(JWK jwk) {
    for (Key key : keys) {
      if (key.jwk() == jwk || key.jwk().equals(jwk)) { // the same ring until a refresh
        return true;
      }
    }
    return false;
  }

  /** Whether some key could verify {@code algorithm}. */
  boolean supports(JWSAlgorithm algorithm) {
    return !candidates(algorithm, null).isEmpty();
  }

  private static boolean fits(JWK jwk, JWSAlgorithm algorithm) {
    if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
      return jwk instanceof RSAKey;
    }
    if (JWSAlgorithm.Family.EC.contains(algorithm)) {
      Set<Curve> curves = Curve.forJWSAlgorithm(algorithm);
      return jwk instanceof ECKey ec && curves != null && curves.contains(ec.getCurve());
    }
    if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
      // RFC 7518 section 3.2: the key is at least as long as the hash output.
      return jwk instanceof OctetSequenceKey oct && oct.size() >= hashBits(algorithm);
    }
    return false;
  }

  static int hashBits(JWSAlgorithm algorithm) {
    return Integer.parseInt(algorithm.getName().substring(2));
  }
}
