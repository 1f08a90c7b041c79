package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.internal.SimpleRequest;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.spi.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * Per-request cost of extracting a credential and deciding one operation, for each scheme, in three
 * or four contenders measured in the same run with the same inputs:
 *
 * <ul>
 *   <li>{@code floor}: a bare lookup in a prebuilt header map plus the least parsing the scheme
 *       needs, then the same trivial check; for JWTs, raw nimbus ({@code SignedJWT.parse}, a
 *       prebuilt {@code JWSVerifier}, claims parse, iss/aud/exp/scope checks by hand);
 *   <li>{@code strictFloor} (API key and Basic): the same look-up plus the checks the security
 *       rules require of the credential, written inline with the JDK's own tools and nothing around
 *       them: what any correct implementation spends before it has a framework;
 *   <li>{@code gatehouse}: {@link Gatehouse#decide} on a prebuilt immutable {@link SimpleRequest}:
 *       header lookup, extraction, verifier, scope check, {@link Decision};
 *   <li>{@code spring}: Spring Security's converter or resolver on a prebuilt {@code
 *       MockHttpServletRequest}, its {@code ProviderManager} with a provider, then its {@code
 *       AuthorizationManager}; the filter chain and {@code SecurityContextHolder} plumbing are left
 *       out on both sides.
 * </ul>
 *
 * The {@code trivial} variants use a verifier that compares against a constant and returns a
 * prebuilt result in every contender, so they measure framework cost only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExtractAndDecide {

  static final String API_KEY = "demo-key-3f7c1e9a5b2d4f60";
  static final String USER = "admin";
  static final String PASSWORD = "correct horse battery staple";
  static final String OPAQUE_TOKEN = "tok-9f8e7d6c5b4a39281706";
  static final String KEY_HEADER = "X-API-Key";

  /** PBKDF2-HMAC-SHA256 iterations for the "real hash" variants (Gatehouse's default). */
  static final int PBKDF2_ITERATIONS = 600_000;

  // ---- prebuilt results of the trivial verifiers (no allocation on the hot path anywhere) ----
  static final Verification GRANTED = Verification.granted("bench-user");
  static final Verification GRANTED_READ = Verification.granted("bench-user", Set.of("read"));
  static final Verification REJECTED = Verification.rejected();
  static final String FLOOR_PRINCIPAL = "bench-user";

  // ---- Gatehouse ----
  Gatehouse gatehouse;
  Operation opKey;
  Operation opKeyHashed;
  Operation opBasic;
  Operation opBasicPbkdf2;
  Operation opBearer;
  Operation opHs256;
  Operation opRs256;
  Operation opRs256Cached;
  Operation opEs256;
  SimpleRequest keyRequest;
  SimpleRequest basicRequest;
  SimpleRequest bearerRequest;
  SimpleRequest hs256Request;
  SimpleRequest rs256Request;
  SimpleRequest es256Request;

  // ---- floor ----
  Map<String, String> keyHeaders;
  Map<String, String> basicHeaders;
  Map<String, String> bearerHeaders;
  Tokens hs256;
  Tokens rs256;
  Tokens es256;
  JWSVerifier hs256Verifier;
  JWSVerifier rs256Verifier;
  JWSVerifier es256Verifier;

  // ---- Spring Security ----
  MockHttpServletRequest springKeyRequest;
  MockHttpServletRequest springBasicRequest;
  MockHttpServletRequest springBearerRequest;
  MockHttpServletRequest springHs256Request;
  MockHttpServletRequest springRs256Request;
  MockHttpServletRequest springEs256Request;
  AuthenticationConverter springKeyConverter;
  HttpServletRequest springIndexedKeyRequest;
  AuthenticationConverter springIndexedKeyConverter;
  BasicAuthenticationConverter springBasicConverter;
  DefaultBearerTokenResolver springBearerResolver;
  AuthenticationManager springKeyManager;
  AuthenticationManager springBasicManager;
  AuthenticationManager springBasicPbkdf2Manager;
  AuthenticationManager springBearerManager;
  AuthenticationManager springHs256Manager;
  AuthenticationManager springRs256Manager;
  AuthenticationManager springEs256Manager;
  AuthorizationManager<HttpServletRequest> springAuthenticated;
  AuthorizationManager<HttpServletRequest> springScopeRead;

  @Setup
  public void setUp() throws Exception {
    hs256 = Tokens.create(JWSAlgorithm.HS256);
    rs256 = Tokens.create(JWSAlgorithm.RS256);
    es256 = Tokens.create(JWSAlgorithm.ES256);
    String basicHeader =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    setUpGatehouse(basicHeader);
    setUpFloor(basicHeader);
    setUpSpring(basicHeader);
    sanityCheck();
  }

  // ------------------------------------------------------------------------------------------
  // Gatehouse

  record Endpoint(
      String endpointInterface, List<OperationSecurity> operations, String documentTitle)
      implements GeneratedEndpoint {}

  private static GeneratedScheme scheme(
      String name, SchemeKind kind, CredentialExtractor<? extends Credential> extractor) {
    SchemeDefinition definition = new SchemeDefinition(name, kind, "", "", extractor);
    return () -> definition;
  }

  private static OperationSecurity op(String name, String scheme, String... scopes) {
    return OperationSecurity.required(
        name + "()", "GET", "/" + name, false, List.of(SchemeRequirement.of(scheme, scopes)));
  }

  private void setUpGatehouse(String basicHeader) throws Exception {
    List<GeneratedScheme> schemes =
        List.of(
            scheme("Key", SchemeKind.API_KEY, Extractors.apiKeyHeader(KEY_HEADER)),
            scheme("KeyHashed", SchemeKind.API_KEY, Extractors.apiKeyHeader(KEY_HEADER)),
            scheme("Basic", SchemeKind.BASIC, Extractors.basic()),
            scheme("BasicPbkdf2", SchemeKind.BASIC, Extractors.basic()),
            scheme("Bearer", SchemeKind.BEARER, Extractors.bearer()),
            scheme("JwtHS256", SchemeKind.BEARER, Extractors.bearer()),
            scheme("JwtRS256", SchemeKind.BEARER, Extractors.bearer()),
            scheme("JwtRS256Cached", SchemeKind.BEARER, Extractors.bearer()),
            scheme("JwtES256", SchemeKind.BEARER, Extractors.bearer()));
    Endpoint endpoint =
        new Endpoint(
            "dev.gatehouse.benchmarks.MicroApi",
            List.of(
                op("key", "Key"),
                op("keyHashed", "KeyHashed"),
                op("basic", "Basic"),
                op("basicPbkdf2", "BasicPbkdf2"),
                op("bearer", "Bearer", "read"),
                op("hs256", "JwtHS256", "read"),
                op("rs256", "JwtRS256", "read"),
                op("rs256Cached", "JwtRS256Cached", "read"),
                op("es256", "JwtES256", "read")),
            "Bench");

    Verifier<ApiKey> trivialKey = k -> API_KEY.equals(k.key()) ? GRANTED : REJECTED;
    Verifier<BasicCredentials> trivialBasic =
        c -> USER.equals(c.username()) && PASSWORD.equals(c.password()) ? GRANTED : REJECTED;
    Verifier<BearerToken> trivialBearer =
        t -> OPAQUE_TOKEN.equals(t.token()) ? GRANTED_READ : REJECTED;
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(PBKDF2_ITERATIONS);
    PasswordUsers users =
        PasswordUsers.builder(hasher)
            .user(USER, hasher.hash(PASSWORD.toCharArray()), Set.of())
            .build();

    gatehouse =
        Gatehouse.builder()
            .generated(schemes, List.of(endpoint))
            .realm("bench")
            .apiKey("Key", trivialKey)
            .apiKey(
                "KeyHashed",
                HashedApiKeys.sha256()
                    .add(HashedApiKeys.sha256Digest(API_KEY), "bench-user")
                    .build())
            .basic("Basic", trivialBasic)
            .basic("BasicPbkdf2", users)
            .bearer("Bearer", trivialBearer)
            .bearer("JwtHS256", gatehouseJwt(hs256))
            .bearer("JwtRS256", gatehouseJwt(rs256))
            // The same verifier with the opt-in verified-token cache (issue 19 item 2).
            .bearer("JwtRS256Cached", gatehouseJwt(rs256, true))
            .bearer("JwtES256", gatehouseJwt(es256))
            .build();
    // The operations as an adapter holds them, found once, as the JAX-RS and Spring adapters do.
    List<Operation> bound = gatehouse.operations();
    opKey = bound.get(0);
    opKeyHashed = bound.get(1);
    opBasic = bound.get(2);
    opBasicPbkdf2 = bound.get(3);
    opBearer = bound.get(4);
    opHs256 = bound.get(5);
    opRs256 = bound.get(6);
    opRs256Cached = bound.get(7);
    opEs256 = bound.get(8);

    keyRequest = gatehouseRequest(KEY_HEADER, API_KEY);
    basicRequest = gatehouseRequest("Authorization", basicHeader);
    bearerRequest = gatehouseRequest("Authorization", "Bearer " + OPAQUE_TOKEN);
    hs256Request = gatehouseRequest("Authorization", "Bearer " + hs256.token);
    rs256Request = gatehouseRequest("Authorization", "Bearer " + rs256.token);
    es256Request = gatehouseRequest("Authorization", "Bearer " + es256.token);
  }

  /**
   * Spring Security's validators for the rules Gatehouse's JwtVerifier applies: exp/nbf (with
   * skew), iss, aud; every Spring contender of the benchmarks uses them.
   */
  static OAuth2TokenValidator<Jwt> springRules() {
    return new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(Tokens.ISSUER),
        new JwtClaimValidator<List<String>>(
            "aud", aud -> aud != null && aud.contains(Tokens.AUDIENCE)));
  }

  /** Gatehouse's verifier for {@code tokens}: issuer, audience, algorithm, the cached key. */
  static JwtVerifier gatehouseJwt(Tokens tokens) {
    return gatehouseJwt(tokens, false);
  }

  private static JwtVerifier gatehouseJwt(Tokens tokens, boolean cached) {
    JwtVerifier.Builder builder =
        JwtVerifier.builder()
            .issuer(Tokens.ISSUER)
            .audience(Tokens.AUDIENCE)
            .algorithms(tokens.algorithm)
            .keys(new JWKSet(tokens.verificationKey()));
    if (cached) {
      builder.verifiedTokenCache(10_000, Duration.ofMinutes(10));
    }
    return builder.build();
  }

  /**
   * A realistic request: a handful of ordinary headers plus the credential, whose value is a fresh
   * String (as a server's parser hands it over), so no contender wins by reference equality.
   */
  private static SimpleRequest gatehouseRequest(String name, String value) {
    SimpleRequest.Builder b = SimpleRequest.builder().method("GET").path("/items");
    for (String[] h : ORDINARY_HEADERS) {
      b.header(h[0], h[1]);
    }
    return b.header(name, new String(value)).build();
  }

  static final String[][] ORDINARY_HEADERS = {
    {"Host", "127.0.0.1:8080"},
    {"User-Agent", "bench/1.0"},
    {"Accept", "application/json"},
    {"Accept-Encoding", "gzip"},
  };

  // ------------------------------------------------------------------------------------------
  // Floor

  private void setUpFloor(String basicHeader) throws JOSEException {
    keyHeaders = floorHeaders("x-api-key", API_KEY);
    basicHeaders = floorHeaders("authorization", basicHeader);
    bearerHeaders = floorHeaders("authorization", "Bearer " + OPAQUE_TOKEN);
    hs256Verifier = new MACVerifier((OctetSequenceKey) hs256.verificationKey());
    rs256Verifier = new RSASSAVerifier((RSAKey) rs256.verificationKey());
    es256Verifier = new ECDSAVerifier((ECKey) es256.verificationKey());
  }

  /** Header names lower-cased once, as an HTTP/2 server or a tuned parser would hand them over. */
  private static Map<String, String> floorHeaders(String name, String value) {
    Map<String, String> headers = new HashMap<>();
    for (String[] h : ORDINARY_HEADERS) {
      headers.put(h[0].toLowerCase(java.util.Locale.ROOT), h[1]);
    }
    // Both the name and the value are fresh strings, as a server's parser hands them over: a name
    // that is the very constant the look-up uses would win by reference equality in HashMap.
    headers.put(new String(name), new String(value));
    return headers;
  }

  /** Raw nimbus: parse, verify with a prebuilt verifier, check iss, aud, exp and the scope. */
  static JWTClaimsSet rawNimbus(String token, JWSVerifier verifier)
      throws ParseException, JOSEException {
    SignedJWT jwt = SignedJWT.parse(token);
    if (!jwt.verify(verifier)) {
      return null;
    }
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    Date exp = claims.getExpirationTime();
    if (!Tokens.ISSUER.equals(claims.getIssuer())
        || !claims.getAudience().contains(Tokens.AUDIENCE)
        || exp == null
        || exp.getTime() <= System.currentTimeMillis()) {
      return null;
    }
    String scope = claims.getStringClaim("scope");
    if (scope == null || !List.of(scope.split(" ")).contains(Tokens.SCOPE)) {
      return null;
    }
    return claims;
  }

  // ------------------------------------------------------------------------------------------
  // Spring Security

  private void setUpSpring(String basicHeader) throws Exception {
    springKeyRequest = springRequest(KEY_HEADER, API_KEY);
    springIndexedKeyRequest = new IndexedRequest(springKeyRequest);
    springBasicRequest = springRequest("Authorization", basicHeader);
    springBearerRequest = springRequest("Authorization", "Bearer " + OPAQUE_TOKEN);
    springHs256Request = springRequest("Authorization", "Bearer " + hs256.token);
    springRs256Request = springRequest("Authorization", "Bearer " + rs256.token);
    springEs256Request = springRequest("Authorization", "Bearer " + es256.token);

    // Spring Security has no API-key converter; this is what RequestHeaderAuthenticationFilter
    // does.
    springKeyConverter =
        request -> {
          String key = request.getHeader(KEY_HEADER);
          return key == null ? null : new PreAuthenticatedAuthenticationToken(key, "N/A");
        };
    // The same converter asking for the name as the request indexes it, as Gatehouse's extractor
    // asks SimpleRequest: one HashMap look-up, no case folding per request.
    springIndexedKeyConverter =
        request -> {
          String key = request.getHeader("x-api-key");
          return key == null ? null : new PreAuthenticatedAuthenticationToken(key, "N/A");
        };
    springBasicConverter = new BasicAuthenticationConverter();
    springBearerResolver = new DefaultBearerTokenResolver();

    Authentication keyResult =
        new PreAuthenticatedAuthenticationToken("bench-user", null, AuthorityUtils.NO_AUTHORITIES);
    springKeyManager =
        new ProviderManager(
            provider(
                PreAuthenticatedAuthenticationToken.class,
                a -> API_KEY.equals(a.getPrincipal()) ? keyResult : null));
    Authentication basicResult =
        UsernamePasswordAuthenticationToken.authenticated(
            "bench-user", null, AuthorityUtils.NO_AUTHORITIES);
    springBasicManager =
        new ProviderManager(
            provider(
                UsernamePasswordAuthenticationToken.class,
                a ->
                    USER.equals(a.getName()) && PASSWORD.equals(a.getCredentials())
                        ? basicResult
                        : null));
    Authentication bearerResult =
        UsernamePasswordAuthenticationToken.authenticated(
            "bench-user", null, AuthorityUtils.createAuthorityList("SCOPE_read"));
    springBearerManager =
        new ProviderManager(
            provider(
                BearerTokenAuthenticationToken.class,
                a ->
                    OPAQUE_TOKEN.equals(((BearerTokenAuthenticationToken) a).getToken())
                        ? bearerResult
                        : null));

    Pbkdf2PasswordEncoder encoder =
        new Pbkdf2PasswordEncoder(
            "",
            16,
            PBKDF2_ITERATIONS,
            Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    InMemoryUserDetailsManager users =
        new InMemoryUserDetailsManager(
            User.withUsername(USER).password(encoder.encode(PASSWORD)).roles("ADMIN").build());
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    springBasicPbkdf2Manager = new ProviderManager(dao);

    springHs256Manager = jwtManager(springDecoder(hs256));
    springRs256Manager = jwtManager(springDecoder(rs256));
    springEs256Manager = jwtManager(springDecoder(es256));

    springAuthenticated = AuthenticatedAuthorizationManager.authenticated();
    springScopeRead = AuthorityAuthorizationManager.hasAuthority("SCOPE_read");
  }

  interface Check {
    Authentication authenticate(Authentication a);
  }

  private static AuthenticationProvider provider(Class<?> type, Check check) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication)
          throws AuthenticationException {
        Authentication result = check.authenticate(authentication);
        if (result == null) {
          throw new org.springframework.security.authentication.BadCredentialsException("bad");
        }
        return result;
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return type.isAssignableFrom(authentication);
      }
    };
  }

  private static AuthenticationManager jwtManager(NimbusJwtDecoder decoder) {
    return new ProviderManager(new JwtAuthenticationProvider(decoder));
  }

  /**
   * Spring Security's decoder for {@code tokens}'s key with {@link #springRules()}: every Spring
   * contender verifies JWTs with it.
   */
  static NimbusJwtDecoder springDecoder(Tokens tokens) throws JOSEException {
    NimbusJwtDecoder decoder;
    if (tokens.algorithm.equals(JWSAlgorithm.HS256)) {
      decoder =
          NimbusJwtDecoder.withSecretKey(
                  ((OctetSequenceKey) tokens.verificationKey()).toSecretKey("HmacSHA256"))
              .macAlgorithm(MacAlgorithm.HS256)
              .build();
    } else if (tokens.algorithm.equals(JWSAlgorithm.RS256)) {
      decoder =
          NimbusJwtDecoder.withPublicKey(((RSAKey) tokens.verificationKey()).toRSAPublicKey())
              .signatureAlgorithm(SignatureAlgorithm.RS256)
              .build();
    } else {
      // No static-EC-key builder in Spring Security: a fixed in-memory JWK set is the cached key.
      decoder =
          NimbusJwtDecoder.withJwkSource(
                  new ImmutableJWKSet<SecurityContext>(new JWKSet(tokens.verificationKey())))
              .jwsAlgorithm(SignatureAlgorithm.ES256)
              .build();
    }
    decoder.setJwtValidator(springRules());
    return decoder;
  }

  private static MockHttpServletRequest springRequest(String name, String value) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/items");
    for (String[] h : ORDINARY_HEADERS) {
      request.addHeader(h[0], h[1]);
    }
    request.addHeader(name, new String(value));
    return request;
  }

  // ------------------------------------------------------------------------------------------
  // Sanity: every contender must take its allow path, or the numbers mean nothing.

  private void sanityCheck() throws Exception {
    List<String> failures = new ArrayList<>();
    Object[][] checks = {
      {"apiKey_floor", apiKey_floor()},
      {"apiKey_strictFloor", apiKey_strictFloor()},
      {"apiKey_gatehouse", apiKey_gatehouse()},
      {"apiKeyHashed_gatehouse", apiKeyHashed_gatehouse()},
      {"apiKey_spring", apiKey_spring()},
      {"apiKeyIndexed_spring", apiKeyIndexed_spring()},
      {"basic_floor", basic_floor()},
      {"basic_strictFloor", basic_strictFloor()},
      {"basic_gatehouse", basic_gatehouse()},
      {"basic_spring", basic_spring()},
      {"basicPbkdf2_gatehouse", basicPbkdf2_gatehouse()},
      {"basicPbkdf2_spring", basicPbkdf2_spring()},
      {"bearer_floor", bearer_floor()},
      {"bearer_gatehouse", bearer_gatehouse()},
      {"bearer_spring", bearer_spring()},
      {"jwtHS256_nimbus", jwtHS256_nimbus()},
      {"jwtHS256_gatehouse", jwtHS256_gatehouse()},
      {"jwtHS256_spring", jwtHS256_spring()},
      {"jwtRS256_nimbus", jwtRS256_nimbus()},
      {"jwtRS256_gatehouse", jwtRS256_gatehouse()},
      {"jwtRS256cached_gatehouse", jwtRS256cached_gatehouse()},
      {"jwtRS256_spring", jwtRS256_spring()},
      {"jwtES256_nimbus", jwtES256_nimbus()},
      {"jwtES256_gatehouse", jwtES256_gatehouse()},
      {"jwtES256_spring", jwtES256_spring()},
    };
    for (Object[] c : checks) {
      Object r = c[1];
      boolean ok =
          r != null
              && !(r instanceof Decision.Deny)
              && !(r instanceof AuthorizationResult a && !a.isGranted());
      if (!ok) {
        failures.add(c[0] + " -> " + r);
      }
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Not on the allow path: " + failures);
    }
  }

  // ------------------------------------------------------------------------------------------
  // API key in a header

  @Benchmark
  public Object apiKey_floor() {
    String key = keyHeaders.get("x-api-key");
    return key != null && API_KEY.equals(key) ? FLOOR_PRINCIPAL : null;
  }

  /**
   * The least code making the checks security rule 1.8.2 requires of a header API key, written
   * inline with nothing around it: the look-up, optional white space off both ends, no control
   * character, no comma (joined lines), not empty, then the same trivial check.
   */
  @Benchmark
  public Object apiKey_strictFloor() {
    String line = keyHeaders.get("x-api-key");
    if (line == null) {
      return null;
    }
    int start = 0;
    int end = line.length();
    while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    if (start == end || end - start > 8192) {
      return null;
    }
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c == 0x7f || c == ',') {
        return null;
      }
    }
    String key = start == 0 && end == line.length() ? line : line.substring(start, end);
    return API_KEY.equals(key) ? FLOOR_PRINCIPAL : null;
  }

  @Benchmark
  public Decision apiKey_gatehouse() {
    return opKey.decide(keyRequest);
  }

  /** The real verifier: SHA-256 of the presented key, compared with MessageDigest.isEqual. */
  @Benchmark
  public Decision apiKeyHashed_gatehouse() {
    return opKeyHashed.decide(keyRequest);
  }

  /**
   * Spring Security's API-key path on a request that is as cheap to read as Gatehouse's {@link
   * SimpleRequest}: {@code MockHttpServletRequest} lower-cases the name on every look-up, which is
   * about half of {@link #apiKey_spring}; this variant shows Spring's own cost without it.
   */
  @Benchmark
  public AuthorizationResult apiKeyIndexed_spring() {
    Authentication presented = springIndexedKeyConverter.convert(springIndexedKeyRequest);
    Authentication auth = springKeyManager.authenticate(presented);
    return springAuthenticated.authorize(() -> auth, springIndexedKeyRequest);
  }

  /**
   * A request whose fields are indexed once by lower-case name, as {@link SimpleRequest} indexes
   * them: {@code getHeader} is one {@code HashMap} look-up (names are fresh strings, as parsed).
   */
  static final class IndexedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final Map<String, String> fields = new HashMap<>();

    IndexedRequest(MockHttpServletRequest request) {
      super(request);
      for (String name : java.util.Collections.list(request.getHeaderNames())) {
        fields.put(name.toLowerCase(java.util.Locale.ROOT), request.getHeader(name));
      }
    }

    @Override
    public String getHeader(String name) {
      return fields.get(name);
    }
  }

  @Benchmark
  public AuthorizationResult apiKey_spring() {
    Authentication presented = springKeyConverter.convert(springKeyRequest);
    Authentication auth = springKeyManager.authenticate(presented);
    return springAuthenticated.authorize(() -> auth, springKeyRequest);
  }

  // ------------------------------------------------------------------------------------------
  // HTTP Basic

  @Benchmark
  public Object basic_floor() {
    String header = basicHeaders.get("authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded =
        new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    return USER.equals(decoded.substring(0, colon)) && PASSWORD.equals(decoded.substring(colon + 1))
        ? FLOOR_PRINCIPAL
        : null;
  }

  /**
   * The checks security rules 1.2 require of Basic credentials, made with the JDK's own tools and
   * nothing around them: one space after the scheme, the token68 grammar, base64 that re-encodes to
   * the same text (canonical: padding, no stray bits), strict UTF-8, the split at the first colon,
   * no control character, neither part empty, NFC. The same trivial check at the end.
   */
  @Benchmark
  public Object basic_strictFloor() {
    String header = basicHeaders.get("authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String token = header.substring(6);
    int n = token.length();
    int end = n;
    while (end > 0 && token.charAt(end - 1) == '=') {
      end--;
    }
    if (end == 0) {
      return null;
    }
    for (int i = 0; i < end; i++) {
      char c = token.charAt(i);
      boolean token68 =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '+'
              || c == '/';
      if (!token68) {
        return null;
      }
    }
    byte[] octets;
    try {
      octets = Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!Base64.getEncoder().encodeToString(octets).equals(token)) {
      return null;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(octets)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    Arrays.fill(octets, (byte) 0);
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return null;
      }
    }
    String user = nfc(text.substring(0, colon));
    String password = nfc(text.substring(colon + 1));
    return USER.equals(user) && PASSWORD.equals(password) ? FLOOR_PRINCIPAL : null;
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Benchmark
  public Decision basic_gatehouse() {
    return opBasic.decide(basicRequest);
  }

  @Benchmark
  public AuthorizationResult basic_spring() {
    UsernamePasswordAuthenticationToken presented =
        springBasicConverter.convert(springBasicRequest);
    Authentication auth = springBasicManager.authenticate(presented);
    return springAuthenticated.authorize(() -> auth, springBasicRequest);
  }

  /** PasswordUsers with PBKDF2-HMAC-SHA256, 600,000 iterations. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Decision basicPbkdf2_gatehouse() {
    return opBasicPbkdf2.decide(basicRequest);
  }

  /** DaoAuthenticationProvider with Pbkdf2PasswordEncoder, PBKDF2WithHmacSHA256, 600,000. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AuthorizationResult basicPbkdf2_spring() {
    UsernamePasswordAuthenticationToken presented =
        springBasicConverter.convert(springBasicRequest);
    Authentication auth = springBasicPbkdf2Manager.authenticate(presented);
    return springAuthenticated.authorize(() -> auth, springBasicRequest);
  }

  // ------------------------------------------------------------------------------------------
  // Bearer, opaque token, trivial verifier (framework cost of the bearer path)

  @Benchmark
  public Object bearer_floor() {
    String header = bearerHeaders.get("authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return OPAQUE_TOKEN.equals(header.substring(7)) ? FLOOR_PRINCIPAL : null;
  }

  @Benchmark
  public Decision bearer_gatehouse() {
    return opBearer.decide(bearerRequest);
  }

  @Benchmark
  public AuthorizationResult bearer_spring() {
    String token = springBearerResolver.resolve(springBearerRequest);
    Authentication auth =
        springBearerManager.authenticate(new BearerTokenAuthenticationToken(token));
    return springScopeRead.authorize(() -> auth, springBearerRequest);
  }

  // ------------------------------------------------------------------------------------------
  // Bearer JWTs with a cached key

  @Benchmark
  public Object jwtHS256_nimbus() throws Exception {
    return rawNimbus(hs256.token, hs256Verifier);
  }

  @Benchmark
  public Decision jwtHS256_gatehouse() {
    return opHs256.decide(hs256Request);
  }

  @Benchmark
  public AuthorizationResult jwtHS256_spring() {
    return springJwt(springHs256Request, springHs256Manager);
  }

  @Benchmark
  public Object jwtRS256_nimbus() throws Exception {
    return rawNimbus(rs256.token, rs256Verifier);
  }

  @Benchmark
  public Decision jwtRS256_gatehouse() {
    return opRs256.decide(rs256Request);
  }

  /** The same token and request as {@link #jwtRS256_gatehouse}, answered by the token cache. */
  @Benchmark
  public Decision jwtRS256cached_gatehouse() {
    return opRs256Cached.decide(rs256Request);
  }

  @Benchmark
  public AuthorizationResult jwtRS256_spring() {
    return springJwt(springRs256Request, springRs256Manager);
  }

  @Benchmark
  public Object jwtES256_nimbus() throws Exception {
    return rawNimbus(es256.token, es256Verifier);
  }

  @Benchmark
  public Decision jwtES256_gatehouse() {
    return opEs256.decide(es256Request);
  }

  @Benchmark
  public AuthorizationResult jwtES256_spring() {
    return springJwt(springEs256Request, springEs256Manager);
  }

  private AuthorizationResult springJwt(
      MockHttpServletRequest request, AuthenticationManager manager) {
    String token = springBearerResolver.resolve(request);
    Authentication auth = manager.authenticate(new BearerTokenAuthenticationToken(token));
    return springScopeRead.authorize(() -> auth, request);
  }
}
