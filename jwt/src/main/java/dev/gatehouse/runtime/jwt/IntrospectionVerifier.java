package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.runtime.AudienceRestricted;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Verifies bearer tokens, opaque or not, by asking the authorization server's introspection
 * endpoint (RFC 7662), authenticated as a confidential client; the answer's {@code active}, {@code
 * exp}, {@code nbf}, {@code iat}, {@code iss}, {@code aud}, {@code sub}, {@code scope} and
 * (optionally) {@code client_id} are checked like a JWT's claims.
 *
 * <pre>{@code
 * IntrospectionVerifier verifier = IntrospectionVerifier.builder()
 *     .endpoint(URI.create("https://sso.example.com/realms/shop/protocol/openid-connect/token/introspect"))
 *     .clientCredentials("orders-api", System.getenv("INTROSPECTION_SECRET"))
 *     .issuer("https://sso.example.com/realms/shop")
 *     .audience("orders-api")
 *     .build();
 * }</pre>
 *
 * <p>Answers are cached by the token's SHA-256: an accepted token until its {@code exp} or the
 * cache's maximum age, a refused one briefly. Concurrent requests with the same uncached token
 * share one call to the endpoint. When the endpoint fails (unreachable, slow, an error status, a
 * broken answer), the request gets {@link IntrospectionUnavailableException}, which Gatehouse
 * answers 503 with {@code Retry-After}; after {@code failureBudget} failures in a row the endpoint
 * is not asked again for the cool-down, and requests needing it get 503 at once. A failure never
 * lets a token in. Instances are safe to share between threads; the token and the client secret
 * never appear in an exception, a log line or {@code toString()}.
 */
public final class IntrospectionVerifier implements Verifier<BearerToken>, AudienceRestricted {
  static final int MAX_TOKEN_LENGTH = 8 * 1024;
  static final int MAX_RESPONSE_BYTES = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(IntrospectionVerifier.class.getName());

  private final URI endpoint;
  private final String authorization;
  private final JsonFetcher fetcher;
  private final IntrospectionResponse response;
  private final ClaimRules rules;

  /** The one audience an active token's {@code aud} must contain. */
  @Override
  public Set<String> audiences() {
    return Set.of(rules.audience());
  }

  private final Set<String> clients;
  private final IntrospectionCache cache;
  private final long callTimeoutMillis;
  private final FailureBudget budget;
  private final Map<ByteBuffer, CompletableFuture<JwtCheck>> inFlight = new ConcurrentHashMap<>();

  private IntrospectionVerifier(Builder b, ClaimRules rules, IntrospectionResponse response) {
    this.endpoint = b.endpoint;
    this.authorization = b.authorization;
    this.fetcher = new JsonFetcher(b.connectTimeout, b.readTimeout, MAX_RESPONSE_BYTES);
    this.response = response;
    this.rules = rules;
    this.clients = Set.copyOf(b.clients);
    this.cache = new IntrospectionCache(b.cacheEntries, b.cacheMaxAge, b.negativeCacheTtl, b.clock);
    this.callTimeoutMillis = b.connectTimeout.plus(b.readTimeout).toMillis();
    this.budget = new FailureBudget(b.failureBudget, b.coolDown, b.clock);
  }

  /** A builder; endpoint, client credentials, issuer and audience are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@link #check} for the decision layer. */
  @Override
  public Verification verify(BearerToken credential) throws IntrospectionUnavailableException {
    JwtCheck check = check(credential.token());
    return check.isValid()
        ? check.verification()
        : Verification.rejected(check.rejection().orElseThrow().description());
  }

  /**
   * Checks one token, from the cache or by asking the endpoint; never throws for anything the token
   * or an active answer contains.
   *
   * @throws IntrospectionUnavailableException when the endpoint could not give an answer: answer
   *     503 with {@code Retry-After}
   */
  public JwtCheck check(String token) throws IntrospectionUnavailableException {
    if (token == null || token.isEmpty()) {
      return JwtCheck.rejected(JwtRejection.MALFORMED);
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      return JwtCheck.rejected(JwtRejection.TOO_LARGE);
    }
    ByteBuffer digest = VerifiedTokenCache.digest(token);
    JwtCheck cached = cache.lookup(digest);
    if (cached != null) {
      return cached;
    }
    Duration resting = budget.resting();
    if (!resting.isZero()) {
      throw new IntrospectionUnavailableException(
          "Token introspection at "
              + endpoint
              + " failed "
              + budget.failuresInARow()
              + " times in a row; it is not asked again before the cool-down ends",
          seconds(resting.toMillis()),
          null);
    }
    CompletableFuture<JwtCheck> mine = new CompletableFuture<>();
    CompletableFuture<JwtCheck> running = inFlight.putIfAbsent(digest, mine);
    if (running == null) {
      introspect(token, digest, mine);
      running = mine;
    }
    try {
      return running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IntrospectionUnavailableException(
          "Interrupted while waiting for token introspection at " + endpoint, seconds(1), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      Duration rest = budget.resting();
      throw new IntrospectionUnavailableException(
          "Token introspection at " + endpoint + " failed: " + FetchException.describe(cause),
          seconds(rest.isZero() ? 1000 : rest.toMillis()),
          cause);
    }
  }

  /** Starts the one call for {@code digest}; completes {@code result} and leaves the flight. */
  private void introspect(String token, ByteBuffer digest, CompletableFuture<JwtCheck> result) {
    String form =
        "token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8)
            + "&token_type_hint=access_token";
    CompletableFuture<String> call;
    try {
      call = fetcher.post(endpoint, form, authorization, response.mediaType());
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    call.orTimeout(callTimeoutMillis, TimeUnit.MILLISECONDS)
        .whenComplete(
            (body, failure) -> {
              try {
                if (failure != null) {
                  throw FetchException.unwrap(failure);
                }
                JwtCheck verdict = judge(body);
                budget.success();
                // Cached before the flight ends, and the flight ended before anyone is woken:
                // a later caller finds the answer in the cache or starts a call of its own.
                cache.store(digest, verdict);
                inFlight.remove(digest, result);
                result.complete(verdict);
              } catch (Throwable t) {
                recordFailure(t);
                inFlight.remove(digest, result);
                result.completeExceptionally(t);
              }
            });
  }

  /** The verdict on an answer; throws {@link FetchException} for a broken one. */
  JwtCheck judge(String body) throws FetchException {
    IntrospectionResponse.Introspected answer = response.read(body);
    if (!answer.active()) {
      return JwtCheck.rejected(JwtRejection.INACTIVE);
    }
    Map<String, Object> claims = answer.claims();
    try {
      Verification verification = rules.check(claims);
      if (!clients.isEmpty()
          && !(claims.get("client_id") instanceof String client && clients.contains(client))) {
        return JwtCheck.rejected(
            claims.get("client_id") == null
                ? JwtRejection.MISSING_CLAIM
                : JwtRejection.INVALID_CLAIM);
      }
      return JwtCheck.accepted(verification, JWTClaimsSet.parse(claims));
    } catch (TokenRejected e) {
      return JwtCheck.rejected(e.reason);
    } catch (ParseException | RuntimeException e) {
      return JwtCheck.rejected(JwtRejection.INVALID_CLAIM);
    }
  }

  private void recordFailure(Throwable failure) {
    int inARow = budget.failure();
    LOG.log(
        System.Logger.Level.WARNING,
        "Token introspection at {0} failed ({1} in a row): {2}",
        endpoint,
        inARow,
        FetchException.describe(failure));
  }

  private static Duration seconds(long millis) {
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }

  IntrospectionCache cache() {
    return cache;
  }

  /** Names the endpoint only; never the client secret. */
  @Override
  public String toString() {
    return "IntrospectionVerifier[" + endpoint + "]";
  }

  /**
   * Configures an {@link IntrospectionVerifier}; {@link #build()} refuses incomplete or unsafe
   * settings with a message that says how to fix them.
   */
  public static final class Builder {
    private URI endpoint;
    private String clientId;
    private String authorization;
    private String issuer;
    private String audience;
    private final Set<String> clients = new LinkedHashSet<>();
    private Duration clockSkew = JwtVerifier.DEFAULT_CLOCK_SKEW;
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = JwtVerifier.DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = JwtVerifier.DEFAULT_READ_TIMEOUT;
    private int cacheEntries = 10_000;
    private Duration cacheMaxAge = Duration.ofSeconds(30);
    private Duration negativeCacheTtl = Duration.ofSeconds(5);
    private int failureBudget = 3;
    private Duration coolDown = Duration.ofSeconds(10);
    private JWKSet responseKeys;
    private Set<JWSAlgorithm> responseAlgorithms;

    private Builder() {}

    /** The introspection endpoint: https, or http to a loopback address only. */
    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      String problem = JsonFetcher.urlProblem(endpoint);
      if (problem != null) {
        throw new IllegalArgumentException("endpoint " + problem);
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * This resource server's client credentials at the authorization server, sent as HTTP Basic
     * ({@code client_secret_basic}, RFC 6749 section 2.3.1) with every introspection request.
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.clientId = nonEmpty(clientId, "clientId");
      nonEmpty(clientSecret, "clientSecret");
      String pair = form(clientId) + ":" + form(clientSecret);
      this.authorization =
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** The exact {@code iss} an active token must have. */
    public Builder issuer(String issuer) {
      this.issuer = nonEmpty(issuer, "issuer");
      return this;
    }

    /** The audience that an active token's {@code aud} must contain (RFC 8707). */
    public Builder audience(String audience) {
      this.audience = nonEmpty(audience, "audience");
      return this;
    }

    /**
     * Optional: an active token's {@code client_id} must be one of these; replaces earlier calls.
     */
    public Builder allowedClients(String... clientIds) {
      clients.clear();
      for (String id : clientIds) {
        clients.add(nonEmpty(id, "client id"));
      }
      return this;
    }

    /** Leeway for {@code exp}, {@code nbf} and {@code iat}; default 60 s, at most 5 min. */
    public Builder clockSkew(Duration skew) {
      this.clockSkew = within(skew, Duration.ZERO, JwtVerifier.MAX_CLOCK_SKEW, "clockSkew");
      return this;
    }

    /** The time source for token times, cache ages and the cool-down; for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Connect and read timeouts of each call; defaults 2 s and 5 s, each at most 1 min. */
    public Builder timeouts(Duration connect, Duration read) {
      Duration max = Duration.ofMinutes(1);
      this.connectTimeout = within(connect, Duration.ofMillis(1), max, "connect timeout");
      this.readTimeout = within(read, Duration.ofMillis(1), max, "read timeout");
      return this;
    }

    /**
     * At most {@code maxEntries} answers are cached (1 to 1,000,000; default 10,000); an accepted
     * token for at most {@code maxAge} (1 s to 1 h; default 30 s) and never past its {@code exp}.
     * The maximum age bounds how long a revoked token is still let in.
     */
    public Builder cache(int maxEntries, Duration maxAge) {
      if (maxEntries < 1 || maxEntries > IntrospectionCache.MAX_ENTRIES) {
        throw new IllegalArgumentException(
            "maxEntries must be between 1 and " + IntrospectionCache.MAX_ENTRIES);
      }
      this.cacheEntries = maxEntries;
      this.cacheMaxAge = within(maxAge, Duration.ofSeconds(1), Duration.ofHours(1), "cache maxAge");
      return this;
    }

    /** How long a refused token's answer is cached; default 5 s, zero to 1 min. */
    public Builder negativeCacheTtl(Duration ttl) {
      this.negativeCacheTtl = within(ttl, Duration.ZERO, Duration.ofMinutes(1), "negativeCacheTtl");
      return this;
    }

    /**
     * After {@code failures} failed calls in a row (1 to 100; default 3) the endpoint is not asked
     * for {@code coolDown} (1 s to 10 min; default 10 s): requests needing it get 503 at once.
     */
    public Builder failureBudget(int failures, Duration coolDown) {
      if (failures < 1 || failures > 100) {
        throw new IllegalArgumentException("failures must be between 1 and 100");
      }
      this.failureBudget = failures;
      this.coolDown = within(coolDown, Duration.ofSeconds(1), Duration.ofMinutes(10), "coolDown");
      return this;
    }

    /**
     * Ask for signed JWT answers (RFC 9701, {@code application/token-introspection+jwt}) and accept
     * nothing else: signed by one of the authorization server's public {@code keys} with one of
     * {@code algorithms}, typed {@code token-introspection+jwt}, issued by {@link #issuer} for this
     * client ({@code aud}), with {@code iat}.
     */
    public Builder jwtResponses(JWKSet keys, JWSAlgorithm... algorithms) {
      Objects.requireNonNull(keys, "keys");
      for (JWK key : keys.getKeys()) {
        if (key.isPrivate() || key.getKeyType().equals(com.nimbusds.jose.jwk.KeyType.OCT)) {
          throw new IllegalArgumentException(
              "jwtResponses takes the authorization server's public keys only");
        }
      }
      if (keys.isEmpty() || algorithms.length == 0) {
        throw new IllegalArgumentException("jwtResponses needs at least one key and one algorithm");
      }
      for (JWSAlgorithm algorithm : algorithms) {
        if (JWSAlgorithm.Family.HMAC_SHA.contains(Objects.requireNonNull(algorithm))
            || algorithm.getName().equalsIgnoreCase("none")) {
          throw new IllegalArgumentException(
              "jwtResponses takes asymmetric algorithms (RS*, PS*, ES*) only");
        }
      }
      this.responseKeys = keys;
      this.responseAlgorithms = Set.copyOf(List.of(algorithms));
      return this;
    }

    /** The verifier; throws {@link IllegalStateException} naming what is missing. */
    public IntrospectionVerifier build() {
      if (endpoint == null) {
        throw new IllegalStateException("Call endpoint(...) with the introspection endpoint URL");
      }
      if (authorization == null) {
        throw new IllegalStateException(
            "Call clientCredentials(...): introspection endpoints require client authentication");
      }
      if (issuer == null) {
        throw new IllegalStateException("Call issuer(...) with the exact iss to accept");
      }
      if (audience == null) {
        throw new IllegalStateException("Call audience(...) with the audience aud must contain");
      }
      if (negativeCacheTtl.compareTo(cacheMaxAge) > 0) {
        throw new IllegalStateException("negativeCacheTtl must not exceed the cache maxAge");
      }
      ClaimRules rules = new ClaimRules(issuer, audience, clockSkew, clock, "scope", "sub", false);
      IntrospectionResponse reader =
          responseKeys == null
              ? IntrospectionResponse.json()
              : IntrospectionResponse.jwt(responseKeys, responseAlgorithms, issuer, clientId);
      return new IntrospectionVerifier(this, rules, reader);
    }

    private static String form(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
