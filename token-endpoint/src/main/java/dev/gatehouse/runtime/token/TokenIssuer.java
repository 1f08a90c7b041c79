package dev.gatehouse.runtime.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs RFC 9068 JWT access tokens with one configured asymmetric key, and publishes its public
 * half as a JWK set so the application can serve its JWKS and verify its own tokens.
 *
 * <pre>{@code
 * TokenIssuer issuer = TokenIssuer.builder(RSAKey.parse(privateJwkJson))
 *     .issuer("https://issuer.test")
 *     .audience("api://test")
 *     .build();
 * }</pre>
 *
 * <p>Header: {@code alg}, {@code kid}, {@code typ: at+jwt}. Claims: {@code iss}, {@code sub},
 * {@code aud}, {@code exp}, {@code iat}, {@code nbf} (= {@code iat}), {@code jti} (128 random bits,
 * base64url), {@code scope} (space-separated, omitted when empty) and {@code client_id} when the
 * client is known. RFC 9068 makes {@code client_id} required; a password grant without a client has
 * none to give.
 *
 * <p>Keys: RSA of at least 2048 bits ({@code RS256} unless the JWK names RS384/512 or PS*), or EC
 * on P-256, P-384 or P-521 ({@code ES256}/{@code 384}/{@code 512}); never HMAC, so the public key
 * can be published. The JWK needs a {@code kid}, its private part, and, if it has a {@code use},
 * {@code sig}. Instances are immutable and thread-safe (nimbus signers are).
 */
public final class TokenIssuer {

  /** The lifetime when none is configured. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

  /** The longest lifetime accepted: bearer tokens cannot be revoked once issued. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(1);

  private static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

  private final JWSSigner signer;
  private final JWSAlgorithm algorithm;
  private final String keyId;
  private final JWKSet publicJwkSet;
  private final String issuer;
  private final List<String> audience;
  private final Duration lifetime;
  private final Clock clock;
  private final SecureRandom random;

  private TokenIssuer(Builder b, JWSSigner signer, JWSAlgorithm algorithm, JWK publicKey) {
    this.signer = signer;
    this.algorithm = algorithm;
    this.keyId = b.key.getKeyID();
    this.publicJwkSet = new JWKSet(publicKey);
    this.issuer = b.issuer;
    this.audience = List.copyOf(b.audience);
    this.lifetime = b.lifetime;
    this.clock = b.clock;
    this.random = b.random;
  }

  /** Starts an issuer signing with {@code signingKey}, a private RSA or EC JWK with a kid. */
  public static Builder builder(JWK signingKey) {
    return new Builder(Objects.requireNonNull(signingKey, "signingKey"));
  }

  /**
   * Signs an access token for {@code subject}.
   *
   * @param subject the {@code sub} claim, the user's principal name
   * @param scopes RFC 6749 scope-tokens, written in this order
   * @param clientId the {@code client_id} claim, or null when no client identified itself
   * @throws IllegalArgumentException for an empty subject or a malformed scope-token
   * @throws JOSEException if signing fails
   */
  public IssuedToken issue(String subject, List<String> scopes, String clientId)
      throws JOSEException {
    if (subject == null || subject.isEmpty()) {
      throw new IllegalArgumentException("subject must not be empty");
    }
    for (String scope : scopes) {
      if (!Text.isScopeToken(scope)) {
        throw new IllegalArgumentException("scopes must be RFC 6749 scope-tokens");
      }
    }
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = issuedAt.plus(lifetime);
    byte[] id = new byte[16];
    random.nextBytes(id);
    String tokenId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);

    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(audience)
            .expirationTime(Date.from(expiresAt))
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .jwtID(tokenId);
    if (!scopes.isEmpty()) {
      claims.claim("scope", String.join(" ", scopes));
    }
    if (clientId != null) {
      claims.claim("client_id", clientId);
    }
    JWSHeader header =
        new JWSHeader.Builder(algorithm).keyID(keyId).type(ACCESS_TOKEN_TYPE).build();
    SignedJWT jwt = new SignedJWT(header, claims.build());
    jwt.sign(signer);
    return new IssuedToken(jwt.serialize(), tokenId, issuedAt, expiresAt, scopes);
  }

  /** The public signing key, with its {@code kid}, {@code alg} and {@code use: sig}. */
  public JWKSet publicJwkSet() {
    return publicJwkSet;
  }

  /** The configured token lifetime. */
  public Duration lifetime() {
    return lifetime;
  }

  /** Names the issuer, audience, key id, algorithm and lifetime; never key material. */
  @Override
  public String toString() {
    return "TokenIssuer[iss="
        + Text.escape(issuer)
        + ", aud="
        + audience
        + ", kid="
        + Text.escape(keyId)
        + ", alg="
        + algorithm
        + ", lifetime="
        + lifetime
        + "]";
  }

  /** Configures a {@link TokenIssuer}; {@link #issuer} and {@link #audience} are required. */
  public static final class Builder {
    private final JWK key;
    private String issuer;
    private final List<String> audience = new ArrayList<>();
    private Duration lifetime = DEFAULT_LIFETIME;
    private Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    private Builder(JWK key) {
      this.key = key;
    }

    /** The {@code iss} claim, normally the issuer's https URL. */
    public Builder issuer(String issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      return this;
    }

    /** Adds an {@code aud} value, the resource server(s) the tokens are for. */
    public Builder audience(String audience) {
      this.audience.add(Objects.requireNonNull(audience, "audience"));
      return this;
    }

    /** The token lifetime, whole seconds from 1 s to {@link #MAX_LIFETIME}; default 15 min. */
    public Builder lifetime(Duration lifetime) {
      this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /** The clock for {@code iat}, {@code nbf} and {@code exp}; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Checks the configuration and the key.
     *
     * @throws IllegalArgumentException naming the problem (never quoting key material)
     */
    public TokenIssuer build() {
      if (issuer == null || issuer.isEmpty()) {
        throw new IllegalArgumentException("an issuer (iss) is required");
      }
      if (audience.isEmpty() || audience.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("at least one non-empty audience (aud) is required");
      }
      if (lifetime.compareTo(Duration.ofSeconds(1)) < 0
          || lifetime.compareTo(MAX_LIFETIME) > 0
          || lifetime.getNano() != 0) {
        throw new IllegalArgumentException(
            "lifetime must be whole seconds from 1 s to " + MAX_LIFETIME + ": " + lifetime);
      }
      if (key.getKeyID() == null || key.getKeyID().isEmpty()) {
        throw new IllegalArgumentException("the signing JWK needs a kid");
      }
      if (!key.isPrivate()) {
        throw new IllegalArgumentException("the signing JWK has no private part");
      }
      if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
        throw new IllegalArgumentException("the signing JWK's use must be sig");
      }
      try {
        if (key instanceof RSAKey rsa) {
          return rsa(rsa);
        }
        if (key instanceof ECKey ec) {
          return ec(ec);
        }
      } catch (JOSEException e) {
        throw new IllegalArgumentException(
            "the signing JWK cannot sign: " + e.getClass().getName());
      }
      throw new IllegalArgumentException(
          "the signing JWK must be RSA or EC, not " + key.getKeyType());
    }

    private TokenIssuer rsa(RSAKey rsa) throws JOSEException {
      if (rsa.size() < 2048) {
        throw new IllegalArgumentException("an RSA signing key needs at least 2048 bits");
      }
      JWSAlgorithm algorithm = algorithm(JWSAlgorithm.RS256);
      if (!JWSAlgorithm.Family.RSA.contains(algorithm)) {
        throw new IllegalArgumentException("an RSA key cannot sign with " + algorithm);
      }
      RSAKey publicKey =
          new RSAKey.Builder(rsa.toPublicJWK())
              .algorithm(algorithm)
              .keyUse(KeyUse.SIGNATURE)
              .build();
      return new TokenIssuer(this, new RSASSASigner(rsa), algorithm, publicKey);
    }

    private TokenIssuer ec(ECKey ec) throws JOSEException {
      Map<Curve, JWSAlgorithm> byCurve =
          Map.of(
              Curve.P_256, JWSAlgorithm.ES256,
              Curve.P_384, JWSAlgorithm.ES384,
              Curve.P_521, JWSAlgorithm.ES512);
      JWSAlgorithm expected = byCurve.get(ec.getCurve());
      if (expected == null) {
        throw new IllegalArgumentException("an EC signing key must be on P-256, P-384 or P-521");
      }
      JWSAlgorithm algorithm = algorithm(expected);
      if (!algorithm.equals(expected)) {
        throw new IllegalArgumentException(
            "an EC key on " + ec.getCurve() + " signs with " + expected + ", not " + algorithm);
      }
      ECKey publicKey =
          new ECKey.Builder(ec.toPublicJWK()).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).build();
      return new TokenIssuer(this, new ECDSASigner(ec), algorithm, publicKey);
    }

    /** The JWK's own {@code alg}, or {@code fallback} when it names none. */
    private JWSAlgorithm algorithm(JWSAlgorithm fallback) {
      return key.getAlgorithm() == null
          ? fallback
          : JWSAlgorithm.parse(key.getAlgorithm().getName());
    }
  }
}
