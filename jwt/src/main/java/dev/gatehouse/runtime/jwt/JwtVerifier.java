package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.runtime.AudienceRestricted;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies bearer JWT access tokens against one issuer: algorithm allowlist, signature with a key
 * from configuration, a JWKS URL or OpenID Connect discovery, then {@code exp}, {@code nbf}, {@code
 * iat}, {@code iss}, {@code aud}, {@code sub} and scopes (security rules 1.4, 1.5).
 *
 * <pre>{@code
 * JwtVerifier verifier = JwtVerifier.builder()
 *     .issuer("https://issuer.test")
 *     .audience("api://test")
 *     .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
 *     .jwksUrl(URI.create("https://issuer.test/jwks.json"))
 *     .build();
 * }</pre>
 *
 * <p>A refused token gives {@link Verification#rejected()} (401); {@link #check} also says why.
 * When no keys were ever obtained, {@link #verify} throws {@link KeySourceUnavailableException}
 * (503). Instances are immutable and safe to share between threads; nothing from a token is ever
 * echoed in an exception or log.
 */
public final class JwtVerifier implements Verifier<BearerToken>, AudienceRestricted {
  static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  static final int DEFAULT_MAX_TOKEN_LENGTH = 8 * 1024;
  static final Duration DEFAULT_JWKS_CACHE_TTL = Duration.ofMinutes(5);
  static final Duration JWKS_REFRESH_AHEAD = Duration.ofSeconds(30);

  /** At most one JWKS fetch per interval, whatever triggers it (nimbus's default too). */
  static final Duration JWKS_RATE_LIMIT = Duration.ofSeconds(30);

  /**
   * 500 ms each, as nimbus's {@code JWKSourceBuilder} (security rules 1.5.3): a request waiting on
   * an unknown-{@code kid} refresh while the provider stalls is held at most this long (issue 21).
   */
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(500);

  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMillis(500);
  static final int MAX_JWKS_BYTES = 1024 * 1024;

  private final Map<String, JWSAlgorithm> algorithms;
  private final boolean requireAccessTokenType;
  private final int maxTokenLength;
  private final KeySource keys;
  private final ClaimRules claims;
  private final VerifiedTokenCache cache; // null unless verifiedTokenCache(...) was set

  /** The one audience a token's {@code aud} must contain (checked against RFC 9728 metadata). */
  @Override
  public Set<String> audiences() {
    return Set.of(claims.audience());
  }

  JwtVerifier(
      Map<String, JWSAlgorithm> algorithms,
      boolean requireAccessTokenType,
      int maxTokenLength,
      KeySource keys,
      ClaimRules claims,
      VerifiedTokenCache cache) {
    this.algorithms = Map.copyOf(algorithms);
    this.requireAccessTokenType = requireAccessTokenType;
    this.maxTokenLength = maxTokenLength;
    this.keys = keys;
    this.claims = claims;
    this.cache = cache;
  }

  /** A builder; issuer, audience, algorithms and exactly one key source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@link #check} for the decision layer: granted with {@code sub} and the token's scopes. */
  @Override
  public Verification verify(BearerToken credential) throws KeySourceUnavailableException {
    JwtCheck check = check(credential.token());
    return check.isValid()
        ? check.verification()
        : Verification.rejected(check.rejection().orElseThrow().description());
  }

  /**
   * Checks one token; never throws for anything the token contains.
   *
   * @throws KeySourceUnavailableException when no usable keys were ever obtained, or the last good
   *     ones are older than the outage tolerance: answer 503 with {@code Retry-After}
   */
  public JwtCheck check(String token) throws KeySourceUnavailableException {
    if (token == null || token.isEmpty()) {
      return JwtCheck.rejected(JwtRejection.MALFORMED);
    }
    if (token.length() > maxTokenLength) {
      return JwtCheck.rejected(JwtRejection.TOO_LARGE);
    }
    try {
      if (cache == null) {
        return accept(token, null);
      }
      java.nio.ByteBuffer digest = VerifiedTokenCache.digest(token);
      JwtCheck cached = cache.lookup(digest, keys);
      return cached != null ? cached : accept(token, digest);
    } catch (TokenRejected e) {
      return JwtCheck.rejected(e.reason);
    } catch (RuntimeException | StackOverflowError e) {
      // No step may escape with anything but a rejection (nimbus CVE-2019-17195, CVE-2025-53864).
      return JwtCheck.rejected(JwtRejection.MALFORMED);
    }
  }

  /**
   * Whether a check may block: when the keys come from a JWK set or discovery URL (a fetch when
   * they are due or a token names an unknown key), or a verified-token cache of more than 10,000
   * entries may scan them all to evict. With {@code keys(...)} configured, a check is signature and
   * claim work alone.
   */
  @Override
  public boolean mayBlock() {
    return keys.fetches()
        || (cache != null && cache.maxEntries() > VerifiedTokenCache.INLINE_ENTRIES);
  }

  /**
   * Obtains the keys now rather than on the first request, so that a wrong URL or a discovery
   * document naming another issuer shows at start-up. Optional.
   */
  public void preload() throws KeySourceUnavailableException {
    keys.keys();
  }

  /** The exact {@code iss} this verifier accepts, for {@link MultiIssuerJwtVerifier}. */
  String issuer() {
    return claims.issuer();
  }

  Map<String, JWSAlgorithm> algorithms() {
    return algorithms;
  }

  int maxTokenLength() {
    return maxTokenLength;
  }

  KeySource keySource() {
    return keys;
  }

  VerifiedTokenCache cache() {
    return cache;
  }

  /** Checks {@code token} in full; an accepted one is cached under {@code digest} if not null. */
  private JwtCheck accept(String token, java.nio.ByteBuffer digest)
      throws TokenRejected, KeySourceUnavailableException {
    CompactJws jws = CompactJws.parse(token, algorithms, requireAccessTokenType);
    KeyRing ring = keys.keys();
    List<KeyRing.Key> candidates = ring.candidates(jws.algorithm, jws.keyId);
    if (candidates.isEmpty() && !ring.hasKeyId(jws.keyId)) {
      // Perhaps a rotation (OpenID Connect Core section 10.1.1): at most one rate-limited refresh.
      ring = keys.refreshForUnknownKey(ring);
      candidates = ring.candidates(jws.algorithm, jws.keyId);
    }
    if (candidates.isEmpty()) {
      throw new TokenRejected(JwtRejection.UNKNOWN_KEY);
    }
    KeyRing.Key verifiedBy = null;
    for (KeyRing.Key key : candidates) {
      if (key.verifies(jws)) {
        verifiedBy = key;
        break;
      }
    }
    if (verifiedBy == null) {
      throw new TokenRejected(JwtRejection.BAD_SIGNATURE);
    }
    Map<String, Object> claimsJson = jws.claims();
    Verification verification = claims.check(claimsJson);
    JwtCheck accepted;
    try {
      accepted = JwtCheck.accepted(verification, JWTClaimsSet.parse(claimsJson));
    } catch (ParseException e) {
      throw new TokenRejected(JwtRejection.INVALID_CLAIM);
    }
    if (digest != null) {
      cache.store(digest, accepted, verifiedBy.jwk());
    }
    return accepted;
  }

  /**
   * Configures a {@link JwtVerifier}; {@link #build()} refuses incomplete or unsafe settings with a
   * message that says how to fix them.
   */
  public static final class Builder {
    private static final Set<JWSAlgorithm> SUPPORTED =
        Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.HS256,
            JWSAlgorithm.HS384,
            JWSAlgorithm.HS512);

    private String issuer;
    private String audience;
    private final Map<String, JWSAlgorithm> algorithms = new LinkedHashMap<>();
    private JWKSet keys;
    private URI jwksUrl;
    private URI discoveryUrl;
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;
    private Clock clock = Clock.systemUTC();
    private String scopeClaim = "scope";
    private String principalClaim = "sub";
    private boolean requireAccessTokenType;
    private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
    private Duration jwksCacheTtl = DEFAULT_JWKS_CACHE_TTL;
    private Duration jwksOutageTolerance;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private int cacheEntries;
    private Duration cacheMaxAge;

    private Builder() {}

    /**
     * The exact {@code iss} to accept; optional with {@link #openIdConnect}, which then implies it
     * from the discovery URL.
     */
    public Builder issuer(String issuer) {
      this.issuer = nonEmpty(issuer, "issuer");
      return this;
    }

    /** The audience that {@code aud} must contain, e.g. {@code api://orders}. */
    public Builder audience(String audience) {
      this.audience = nonEmpty(audience, "audience");
      return this;
    }

    /**
     * The algorithms the issuer signs with (RFC 8725 section 3.1); replaces earlier calls. Either
     * all asymmetric (RS*, PS*, ES256/384/512) or all HMAC (HS*, only with {@link #keys}). EdDSA is
     * not offered: nimbus verifies it only with Google Tink on the class path.
     */
    public Builder algorithms(JWSAlgorithm... algorithms) {
      Map<String, JWSAlgorithm> chosen = new LinkedHashMap<>();
      for (JWSAlgorithm algorithm : algorithms) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!SUPPORTED.contains(algorithm)) {
          throw new IllegalArgumentException(
              "Algorithm \""
                  + algorithm
                  + "\" is not supported; use RS256, RS384, RS512, PS256,"
                  + " PS384, PS512, ES256, ES384, ES512 or (with keys(...)) HS256, HS384, HS512");
        }
        chosen.put(algorithm.getName(), algorithm);
      }
      this.algorithms.clear();
      this.algorithms.putAll(chosen);
      return this;
    }

    /** Keys from local configuration: public keys, or HMAC secrets of at least 256 bits. */
    public Builder keys(JWKSet keys) {
      requireNoKeySource();
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** A JWK set fetched over https (http only to loopback) and cached. */
    public Builder jwksUrl(URI url) {
      requireNoKeySource();
      this.jwksUrl = fetchable(url, "jwksUrl");
      return this;
    }

    /**
     * OpenID Connect discovery: the document's {@code issuer} must equal the configured issuer (or,
     * if none is configured, this URL without {@code /.well-known/openid-configuration}), and its
     * {@code jwks_uri} is used like {@link #jwksUrl}. Fetched on first use or {@link
     * JwtVerifier#preload()}.
     */
    public Builder openIdConnect(URI discoveryUrl) {
      requireNoKeySource();
      this.discoveryUrl = fetchable(discoveryUrl, "openIdConnect");
      return this;
    }

    /** Leeway for {@code exp}, {@code nbf} and {@code iat}; default 60 s, at most 5 min. */
    public Builder clockSkew(Duration skew) {
      this.clockSkew = within(skew, Duration.ZERO, MAX_CLOCK_SKEW, "clockSkew");
      return this;
    }

    /** The time source for token times and key-cache ages; for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The one claim holding scopes, default {@code scope}: a space-separated string or an array of
     * strings (e.g. {@code scp}); no fallback to another claim.
     */
    public Builder scopeClaim(String name) {
      this.scopeClaim = nonEmpty(name, "scopeClaim");
      return this;
    }

    /** The string claim naming the principal, default {@code sub} ({@code sub} stays required). */
    public Builder principalClaim(String name) {
      this.principalClaim = nonEmpty(name, "principalClaim");
      return this;
    }

    /**
     * RFC 9068 mode: require {@code typ} {@code at+jwt} (so ID tokens are refused) and the claims
     * {@code iat}, {@code jti}, {@code client_id}. Off by default (decision P11).
     */
    public Builder requireAccessTokenType(boolean require) {
      this.requireAccessTokenType = require;
      return this;
    }

    /** Longer tokens are refused before decoding; default 8 KiB, between 1 KiB and 64 KiB. */
    public Builder maxTokenLength(int chars) {
      if (chars < 1024 || chars > 64 * 1024) {
        throw new IllegalArgumentException("maxTokenLength must be between 1024 and 65536");
      }
      this.maxTokenLength = chars;
      return this;
    }

    /**
     * How long fetched keys are fresh; default 5 min, between 1 min and 1 day. Refreshes start 30 s
     * before expiry and are never more frequent than one per 30 s.
     */
    public Builder jwksCacheTtl(Duration ttl) {
      this.jwksCacheTtl = within(ttl, Duration.ofMinutes(1), Duration.ofDays(1), "jwksCacheTtl");
      return this;
    }

    /**
     * How long past expiry the last good keys are still used while refreshes fail; default ten
     * times the cache TTL, at most 7 days. After it, requests get 503.
     */
    public Builder jwksOutageTolerance(Duration tolerance) {
      this.jwksOutageTolerance =
          within(tolerance, Duration.ZERO, Duration.ofDays(7), "jwksOutageTolerance");
      return this;
    }

    /**
     * Connect and read timeouts for discovery and key fetches; defaults 500 ms and 500 ms, each
     * between 1 ms and 1 min. A request whose token names an unknown {@code kid} waits for the
     * refresh it triggers, so these bound how long a stalling provider can hold request threads:
     * connect plus read for a JWKS URL, twice that with OpenID Connect discovery.
     */
    public Builder jwksTimeouts(Duration connect, Duration read) {
      Duration max = Duration.ofMinutes(1);
      this.connectTimeout = within(connect, Duration.ofMillis(1), max, "connect timeout");
      this.readTimeout = within(read, Duration.ofMillis(1), max, "read timeout");
      return this;
    }

    /**
     * Caches verified tokens: a token seen again within its lifetime skips the signature check. Off
     * by default. At most {@code maxEntries} tokens are kept (1 to 1,000,000), each for at most
     * {@code maxAge} (1 s to 1 day) and never past its {@code exp} minus the clock skew, nor past
     * the moment the key that verified it leaves the issuer's key set. Only accepted tokens are
     * cached, keyed by their SHA-256; see docs/oauth2-and-jwt.md for the security argument.
     */
    public Builder verifiedTokenCache(int maxEntries, Duration maxAge) {
      if (maxEntries < 1 || maxEntries > VerifiedTokenCache.MAX_ENTRIES) {
        throw new IllegalArgumentException(
            "maxEntries must be between 1 and " + VerifiedTokenCache.MAX_ENTRIES);
      }
      this.cacheMaxAge =
          within(maxAge, Duration.ofSeconds(1), VerifiedTokenCache.MAX_AGE, "cache maxAge");
      this.cacheEntries = maxEntries;
      return this;
    }

    /** The verifier; throws {@link IllegalStateException} naming what is missing or unsafe. */
    public JwtVerifier build() {
      if (algorithms.isEmpty()) {
        throw new IllegalStateException(
            "Call algorithms(...) with the algorithms the issuer signs with"
                + " (RFC 8725 section 3.1)");
      }
      boolean hmac = algorithms.values().stream().anyMatch(JWSAlgorithm.Family.HMAC_SHA::contains);
      if (hmac && !JWSAlgorithm.Family.HMAC_SHA.containsAll(algorithms.values())) {
        throw new IllegalStateException(
            "Do not mix HMAC (HS*) and asymmetric algorithms for one issuer (ASVS 9.1.2)");
      }
      if (keys == null && jwksUrl == null && discoveryUrl == null) {
        throw new IllegalStateException(
            "Set one key source: keys(...), jwksUrl(...) or openIdConnect(...)");
      }
      if (hmac && keys == null) {
        throw new IllegalStateException(
            "HMAC algorithms need keys(...) from local configuration;"
                + " a JWKS never supplies secrets");
      }
      String expectedIssuer = issuer;
      if (expectedIssuer == null && discoveryUrl != null) {
        expectedIssuer = RemoteJwks.impliedIssuer(discoveryUrl);
        if (expectedIssuer == null) {
          throw new IllegalStateException(
              "openIdConnect URL does not end in " + RemoteJwks.WELL_KNOWN + "; set issuer(...)");
        }
      }
      if (expectedIssuer == null) {
        throw new IllegalStateException("Call issuer(...) with the exact iss to accept");
      }
      if (audience == null) {
        throw new IllegalStateException("Call audience(...) with the audience aud must contain");
      }
      ClaimRules rules =
          new ClaimRules(
              expectedIssuer,
              audience,
              clockSkew,
              clock,
              scopeClaim,
              principalClaim,
              requireAccessTokenType);
      VerifiedTokenCache cache =
          cacheEntries == 0
              ? null
              : new VerifiedTokenCache(cacheEntries, cacheMaxAge, clockSkew, clock);
      return new JwtVerifier(
          algorithms,
          requireAccessTokenType,
          maxTokenLength,
          keySource(hmac, expectedIssuer),
          rules,
          cache);
    }

    private KeySource keySource(boolean hmac, String expectedIssuer) {
      if (keys != null) {
        return KeySource.fixed(KeyRing.configured(keys, algorithms.values(), hmac));
      }
      JsonFetcher fetcher = new JsonFetcher(connectTimeout, readTimeout, MAX_JWKS_BYTES);
      RemoteJwks remote =
          discoveryUrl != null
              ? RemoteJwks.discovered(fetcher, discoveryUrl, expectedIssuer)
              : RemoteJwks.at(fetcher, jwksUrl);
      Duration tolerance =
          jwksOutageTolerance != null ? jwksOutageTolerance : jwksCacheTtl.multipliedBy(10);
      // Discovery plus JWKS is two exchanges, each bounded by the connect and read timeouts.
      Duration fetchTimeout =
          connectTimeout.plus(readTimeout).multipliedBy(discoveryUrl != null ? 2 : 1);
      return new CachingKeySource(
          remote,
          remote.url().toString(),
          clock,
          jwksCacheTtl,
          JWKS_REFRESH_AHEAD,
          JWKS_RATE_LIMIT,
          tolerance,
          fetchTimeout);
    }

    private void requireNoKeySource() {
      if (keys != null || jwksUrl != null || discoveryUrl != null) {
        throw new IllegalStateException(
            "A key source is already set; use exactly one of keys, jwksUrl, openIdConnect");
      }
    }

    private static URI fetchable(URI url, String what) {
      Objects.requireNonNull(url, what);
      String problem = JsonFetcher.urlProblem(url);
      if (problem != null) {
        throw new IllegalArgumentException(what + " " + problem);
      }
      return url;
    }

    private static String nonEmpty(String value, String what) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException(what + " must not be empty");
      }
      return value;
    }

    private static Duration within(Duration value, Duration min, Duration max, String what) {
      Objects.requireNonNull(value, what);
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
      }
      return value;
    }
  }
}
