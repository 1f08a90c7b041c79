package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.runtime.DpopProofChecker;
import dev.gatehouse.runtime.RequestView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies DPoP proofs (RFC 9449 section 4.3) at a resource server, on nimbus-jose-jwt: {@code typ}
 * {@code dpop+jwt}; an asymmetric {@code alg} from the allowlist; a public {@code jwk} of the
 * matching type (RSA at least 2048 bits, EC on the algorithm's curve) that verifies the signature;
 * {@code htm} equal to the request method; {@code htu} equal to the request URL (see {@link
 * Builder#externalBaseUrl}); {@code iat} within the window; {@code ath} the SHA-256 of the access
 * token; a {@code jti} never accepted before (the {@link DpopReplayStore}). The answer carries the
 * key's RFC 7638 thumbprint, which the decision layer compares with the token's {@code cnf.jkt}.
 *
 * <p>Every refusal is {@code invalid_dpop_proof} with a fixed description; nothing from the request
 * is echoed. Register it with {@code Gatehouse.builder().dpop(scheme, verifier)}.
 */
public final class DpopProofVerifier implements DpopProofChecker {

  /** Proofs longer than this are refused before parsing. */
  public static final int MAX_PROOF_CHARS = 8 * 1024;

  private static final JOSEObjectType DPOP_JWT = new JOSEObjectType("dpop+jwt");
  private static final Set<JWSAlgorithm> ASYMMETRIC =
      Set.of(
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512);

  private final List<JWSAlgorithm> algorithms;
  private final List<String> algorithmNames;
  private final Duration maxAge;
  private final Duration skew;
  private final Clock clock;
  private final DpopReplayStore replays;
  private final URI externalBase;

  private DpopProofVerifier(Builder b) {
    this.algorithms = List.copyOf(b.algorithms);
    List<String> names = new ArrayList<>();
    for (JWSAlgorithm a : algorithms) {
      names.add(a.getName());
    }
    this.algorithmNames = List.copyOf(names);
    this.maxAge = b.maxAge;
    this.skew = b.skew;
    this.clock = b.clock;
    this.replays = b.replays != null ? b.replays : new InMemoryDpopReplayStore(100_000, b.clock);
    this.externalBase = b.externalBase;
  }

  /** A builder with the defaults: ES256/384/512, PS256/384/512, RS256/384/512; 60 s; 5 s skew. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<String> algorithms() {
    return algorithmNames;
  }

  @Override
  public DpopResult check(RequestView request, String proof, String accessToken) {
    try {
      return checkOrThrow(request, proof, accessToken);
    } catch (Refused e) {
      return DpopResult.invalid(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // No parser or crypto failure may escape with anything but a refusal.
      return DpopResult.invalid("The DPoP proof is malformed");
    }
  }

  private DpopResult checkOrThrow(RequestView request, String proof, String accessToken)
      throws Refused {
    if (proof == null || proof.isEmpty()) {
      throw new Refused("The DPoP proof is missing");
    }
    if (proof.length() > MAX_PROOF_CHARS) {
      throw new Refused("The DPoP proof is too large");
    }
    for (int i = 0; i < proof.length(); i++) {
      char c = proof.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.';
      if (!ok) {
        throw new Refused("The DPoP proof is malformed");
      }
    }
    SignedJWT jwt;
    Map<String, Object> claims;
    try {
      jwt = SignedJWT.parse(proof);
      claims = jwt.getJWTClaimsSet().toJSONObject();
    } catch (java.text.ParseException e) {
      throw new Refused("The DPoP proof is malformed");
    }
    JWSHeader header = jwt.getHeader();
    if (!DPOP_JWT.equals(header.getType())) {
      throw new Refused("The DPoP proof type is not dpop+jwt");
    }
    JWSAlgorithm alg = header.getAlgorithm();
    if (alg == null || !algorithms.contains(alg)) {
      throw new Refused("The DPoP proof algorithm is not accepted");
    }
    JWK jwk = header.getJWK();
    if (jwk == null) {
      throw new Refused("The DPoP proof has no jwk");
    }
    if (jwk.isPrivate()) {
      throw new Refused("The DPoP proof jwk contains a private key");
    }
    if (header.getJWKURL() != null || header.getX509CertURL() != null) {
      throw new Refused("The DPoP proof names a key by reference");
    }
    JWSVerifier verifier = verifier(alg, jwk);
    boolean signed;
    try {
      signed = jwt.verify(verifier);
    } catch (com.nimbusds.jose.JOSEException e) {
      signed = false;
    }
    if (!signed) {
      throw new Refused("The DPoP proof signature is invalid");
    }
    String htm = string(claims, "htm");
    if (!htm.equals(request.method())) {
      throw new Refused("The DPoP proof htm does not match the request method");
    }
    String htu = string(claims, "htu");
    String expected = expectedUrl(request);
    if (expected == null) {
      throw new Refused("The request URL is unknown to the server");
    }
    if (!sameUrl(htu, expected)) {
      throw new Refused("The DPoP proof htu does not match the request URL");
    }
    Object iatValue = claims.get("iat");
    if (!(iatValue instanceof Number iatNumber)) {
      throw new Refused("The DPoP proof iat is missing or invalid");
    }
    double iat = iatNumber.doubleValue();
    double now = clock.millis() / 1000d;
    if (!Double.isFinite(iat)
        || iat > now + skew.toSeconds()
        || iat < now - maxAge.toSeconds() - skew.toSeconds()) {
      throw new Refused("The DPoP proof iat is outside the acceptance window");
    }
    String ath = string(claims, "ath");
    if (!MessageDigest.isEqual(
        ath.getBytes(StandardCharsets.US_ASCII),
        sha256(accessToken.getBytes(StandardCharsets.US_ASCII))
            .getBytes(StandardCharsets.US_ASCII))) {
      throw new Refused("The DPoP proof ath does not match the access token");
    }
    String jti = string(claims, "jti");
    if (jti.length() > 256) {
      throw new Refused("The DPoP proof jti is too long");
    }
    String thumbprint;
    try {
      thumbprint = jwk.computeThumbprint("SHA-256").toString();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new Refused("The DPoP proof jwk is invalid");
    }
    // Recorded last, after every other check: a proof refused for another reason uses up no jti.
    String key = sha256((thumbprint + "." + jti).getBytes(StandardCharsets.UTF_8));
    Instant expiry = Instant.ofEpochMilli((long) (iat * 1000)).plus(maxAge).plus(skew).plus(skew);
    if (!replays.firstUse(key, expiry)) {
      throw new Refused("The DPoP proof was already used");
    }
    return DpopResult.valid(thumbprint);
  }

  /** A verifier for the proof's own key, refusing a key that does not fit the algorithm. */
  private static JWSVerifier verifier(JWSAlgorithm alg, JWK jwk) throws Refused {
    try {
      if (JWSAlgorithm.Family.EC.contains(alg)) {
        if (!(jwk instanceof ECKey ec) || !Curve.forJWSAlgorithm(alg).contains(ec.getCurve())) {
          throw new Refused("The DPoP proof jwk does not fit its algorithm");
        }
        return new ECDSAVerifier(ec);
      }
      if (JWSAlgorithm.Family.RSA.contains(alg)) {
        if (!(jwk instanceof RSAKey rsa)) {
          throw new Refused("The DPoP proof jwk does not fit its algorithm");
        }
        if (rsa.size() < 2048) {
          throw new Refused("The DPoP proof RSA key is shorter than 2048 bits");
        }
        return new RSASSAVerifier(rsa);
      }
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new Refused("The DPoP proof jwk is invalid");
    }
    throw new Refused("The DPoP proof algorithm is not accepted");
  }

  /** The URL the proof must name: the external base plus the request path, else the adapter's. */
  private String expectedUrl(RequestView request) {
    if (externalBase != null) {
      String base = externalBase.toString();
      if (base.endsWith("/")) {
        base = base.substring(0, base.length() - 1);
      }
      return base + request.path();
    }
    Optional<String> url = request.requestUrl();
    return url.orElse(null);
  }

  /**
   * RFC 9449 section 4.3 step 9: {@code htu} equals the request URL ignoring query and fragment,
   * after syntax- and scheme-based normalisation (RFC 3986 sections 6.2.2, 6.2.3): case of scheme
   * and host, default ports, an empty path as {@code /}, case of percent-escapes.
   */
  static boolean sameUrl(String htu, String requestUrl) {
    String a = normalise(htu);
    String b = normalise(requestUrl);
    return a != null && a.equals(b);
  }

  static String normalise(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null || uri.getRawUserInfo() != null || uri.isOpaque()) {
      return null;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return null;
    }
    int port = uri.getPort();
    if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder p = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && i + 2 < path.length()) {
        p.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        i += 2;
      } else {
        p.append(c);
      }
    }
    return scheme + "://" + host.toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + p;
  }

  private static String string(Map<String, Object> claims, String name) throws Refused {
    Object value = claims.get(name);
    if (!(value instanceof String text) || text.isEmpty()) {
      throw new Refused("The DPoP proof " + name + " is missing or invalid");
    }
    return text;
  }

  private static String sha256(byte[] bytes) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A refusal with a fixed description. */
  private static final class Refused extends Exception {
    Refused(String description) {
      super(description, null, false, false);
    }
  }

  /** Configures a {@link DpopProofVerifier}. */
  public static final class Builder {
    private final Set<JWSAlgorithm> algorithms =
        new LinkedHashSet<>(
            List.of(
                JWSAlgorithm.ES256,
                JWSAlgorithm.ES384,
                JWSAlgorithm.ES512,
                JWSAlgorithm.PS256,
                JWSAlgorithm.PS384,
                JWSAlgorithm.PS512,
                JWSAlgorithm.RS256,
                JWSAlgorithm.RS384,
                JWSAlgorithm.RS512));
    private Duration maxAge = Duration.ofSeconds(60);
    private Duration skew = Duration.ofSeconds(5);
    private Clock clock = Clock.systemUTC();
    private DpopReplayStore replays;
    private URI externalBase;

    private Builder() {}

    /** The accepted proof algorithms: asymmetric ECDSA and RSA ones only. */
    public Builder algorithms(JWSAlgorithm... accepted) {
      if (accepted.length == 0) {
        throw new IllegalArgumentException("at least one algorithm is needed");
      }
      algorithms.clear();
      for (JWSAlgorithm a : accepted) {
        if (!ASYMMETRIC.contains(a)) {
          throw new IllegalArgumentException(
              a
                  + " is not accepted for DPoP proofs: use ES256/384/512, PS256/384/512 or RS256/384/512");
        }
        algorithms.add(a);
      }
      return this;
    }

    /** How old a proof's {@code iat} may be; default 60 s, between 5 s and 10 min. */
    public Builder maxAge(Duration age) {
      if (age.compareTo(Duration.ofSeconds(5)) < 0 || age.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("maxAge must be between 5 s and 10 min");
      }
      this.maxAge = age;
      return this;
    }

    /**
     * How far a proof's {@code iat} may be in the future, and the grace added to maxAge; default 5
     * s, at most 60 s.
     */
    public Builder clockSkew(Duration skew) {
      if (skew.isNegative() || skew.compareTo(Duration.ofSeconds(60)) > 0) {
        throw new IllegalArgumentException("clockSkew must be between 0 and 60 s");
      }
      this.skew = skew;
      return this;
    }

    /** The clock {@code iat} is checked with; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where accepted proofs are remembered; default an {@link InMemoryDpopReplayStore}. */
    public Builder replayStore(DpopReplayStore store) {
      this.replays = java.util.Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The service's public base URL, such as {@code https://api.example.com} or {@code
     * https://example.com/api} behind a proxy that strips {@code /api}: a proof's {@code htu} must
     * equal this plus the request path as the adapter sees it. Without it, {@code htu} must equal
     * the URL the adapter reports ({@link RequestView#requestUrl()}), which behind a
     * TLS-terminating proxy is usually not what the client called. Forwarded headers are never
     * trusted for this.
     */
    public Builder externalBaseUrl(URI base) {
      String scheme = base.getScheme();
      if (scheme == null
          || !(scheme.equals("https") || scheme.equals("http"))
          || base.getHost() == null
          || base.getRawQuery() != null
          || base.getRawFragment() != null
          || base.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "the external base URL must be an absolute http(s) URL without query");
      }
      this.externalBase = base;
      return this;
    }

    public DpopProofVerifier build() {
      return new DpopProofVerifier(this);
    }
  }
}
