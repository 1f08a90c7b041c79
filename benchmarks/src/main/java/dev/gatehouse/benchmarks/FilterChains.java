package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.servlet.GatehouseServletFilter;
import dev.gatehouse.runtime.spring.GatehouseInterceptor;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.preauth.RequestHeaderAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.method.HandlerMethod;

/**
 * Issue 19 item 4, through an adapter: one request through Gatehouse's Servlet filter against the
 * same request through Spring Security's filter chain, both on a {@code MockHttpServletRequest} (no
 * network, no servlet container; the chain's end is an empty servlet). Gatehouse: {@link
 * GatehouseServletFilter} over the {@link BenchApi} glue, matching the route itself; and the Spring
 * MVC adapter's {@link GatehouseInterceptor} for the handler method Spring MVC matched ({@link
 * SpringBenchApi}, as {@code DispatcherServlet} hands it over). Spring: a {@link FilterChainProxy}
 * with what a stateless API's {@code HttpSecurity} leaves on the path of such a request: {@code
 * SecurityContextHolderFilter}, the authentication filter (an API key through {@code
 * RequestHeaderAuthenticationFilter}, a JWT through {@code BearerTokenAuthenticationFilter}),
 * {@code AnonymousAuthenticationFilter}, {@code ExceptionTranslationFilter} and {@code
 * AuthorizationFilter} (authenticated). Both answer the allow path; the same trivial API-key check,
 * the same HS256 token and rules (iss, aud, exp/nbf). Spring's security context is neither loaded
 * from nor saved to the request ({@code NullSecurityContextRepository}), since the benchmark reuses
 * one request object where a server gets a fresh one: every invocation authenticates again, as
 * every real request would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterChains {
  static final String API_KEY = "demo-key-3f7c1e9a5b2d4f60";
  private static final Verification GRANTED = Verification.granted("bench-user");

  private Filter gatehouse;
  private GatehouseInterceptor interceptor;
  private HandlerMethod keyHandler;
  private HandlerMethod jwtHandler;
  private FilterChainProxy springKey;
  private FilterChainProxy springJwt;
  private MockHttpServletRequest keyRequest;
  private MockHttpServletRequest jwtRequest;
  private MockHttpServletRequest springKeyRequest;
  private MockHttpServletRequest springJwtRequest;
  private MockHttpServletRequest mvcKeyRequest;
  private MockHttpServletRequest mvcJwtRequest;
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final Reached reached = new Reached();

  /** The end of the chain: counts the requests that got through. */
  static final class Reached implements FilterChain {
    long count;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response) {
      count++;
    }
  }

  @Setup
  public void setUp() throws Exception {
    Tokens hs256 = Tokens.create(JWSAlgorithm.HS256);
    Gatehouse g = gatehouse(ExtractAndDecide.gatehouseJwt(hs256));
    gatehouse = new GatehouseServletFilter(g);
    interceptor = new GatehouseInterceptor(g);
    Controller controller = new Controller();
    keyHandler = new HandlerMethod(controller, SpringBenchApi.class.getMethod("items"));
    jwtHandler = new HandlerMethod(controller, SpringBenchApi.class.getMethod("hsItems"));

    RequestHeaderAuthenticationFilter keyFilter = springKeyFilter();
    keyFilter.setSecurityContextRepository(new NullSecurityContextRepository());
    keyFilter.afterPropertiesSet();
    springKey = chain(keyFilter);

    BearerTokenAuthenticationFilter jwtFilter =
        new BearerTokenAuthenticationFilter(
            new ProviderManager(
                new JwtAuthenticationProvider(ExtractAndDecide.springDecoder(hs256))));
    jwtFilter.setSecurityContextRepository(new NullSecurityContextRepository());
    springJwt = chain(jwtFilter);

    keyRequest = request("/items", "X-API-Key", API_KEY);
    jwtRequest = request("/hs-items", "Authorization", "Bearer " + hs256.token);
    springKeyRequest = request("/items", "X-API-Key", API_KEY);
    springJwtRequest = request("/hs-items", "Authorization", "Bearer " + hs256.token);
    mvcKeyRequest = request("/spring/items", "X-API-Key", API_KEY);
    mvcJwtRequest = request("/spring/hs-items", "Authorization", "Bearer " + hs256.token);
    sanityCheck();
  }

  /**
   * Gatehouse for {@link SpringBenchApi}: the trivial key check, and {@code jwts} for its bearer
   * schemes; every Spring contender is measured against it.
   */
  static Gatehouse gatehouse(JwtVerifier jwts) {
    Verifier<ApiKey> trivialKey = k -> API_KEY.equals(k.key()) ? GRANTED : Verification.rejected();
    return Gatehouse.builder()
        .apiKey("APIKeyHeader", trivialKey)
        .bearer("HTTPBearer", jwts)
        .bearer("OAuth2PasswordBearer", jwts)
        .build();
  }

  /** Spring Security's counterpart of the trivial key check: {@code X-API-Key} as principal. */
  static RequestHeaderAuthenticationFilter springKeyFilter() {
    Authentication accepted =
        new PreAuthenticatedAuthenticationToken("bench-user", null, AuthorityUtils.NO_AUTHORITIES);
    AuthenticationManager keys =
        authentication -> {
          if (API_KEY.equals(authentication.getPrincipal())) {
            return accepted;
          }
          throw new BadCredentialsException("bad key");
        };
    RequestHeaderAuthenticationFilter keyFilter = new RequestHeaderAuthenticationFilter();
    keyFilter.setPrincipalRequestHeader("X-API-Key");
    keyFilter.setExceptionIfHeaderMissing(false);
    keyFilter.setAuthenticationManager(keys);
    return keyFilter;
  }

  private static FilterChainProxy chain(Filter authentication) throws Exception {
    ExceptionTranslationFilter exceptions =
        new ExceptionTranslationFilter(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    exceptions.afterPropertiesSet();
    FilterChainProxy proxy =
        new FilterChainProxy(
            new DefaultSecurityFilterChain(
                AnyRequestMatcher.INSTANCE,
                new SecurityContextHolderFilter(new NullSecurityContextRepository()),
                authentication,
                new AnonymousAuthenticationFilter("bench-anonymous-key"),
                exceptions,
                new AuthorizationFilter(AuthenticatedAuthorizationManager.authenticated())));
    proxy.afterPropertiesSet();
    return proxy;
  }

  private static MockHttpServletRequest request(String path, String name, String value) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.addHeader("Host", "127.0.0.1:8080");
    request.addHeader("User-Agent", "bench/1.0");
    request.addHeader("Accept", "application/json");
    request.addHeader("Accept-Encoding", "gzip");
    request.addHeader(name, new String(value.toCharArray()));
    return request;
  }

  /** The controller behind {@link SpringBenchApi}, for Spring MVC here and WebFlux in Adapters. */
  @org.springframework.web.bind.annotation.RestController
  public static final class Controller implements SpringBenchApi {
    @Override
    public String items() {
      return "items";
    }

    @Override
    public String hsItems() {
      return "hs-items";
    }
  }

  /** Every contender lets its request through, and refuses one without the credential. */
  private void sanityCheck() throws Exception {
    if (!mvcApiKey_gatehouse() || !mvcJwtHS256_gatehouse()) {
      throw new IllegalStateException("the interceptor refused its request");
    }
    MockHttpServletResponse denied = new MockHttpServletResponse();
    if (interceptor.preHandle(
            new MockHttpServletRequest("GET", "/spring/items"), denied, keyHandler)
        || denied.getStatus() != 401) {
      throw new IllegalStateException("the interceptor let an anonymous request through");
    }
    long before = reached.count;
    apiKey_gatehouse();
    jwtHS256_gatehouse();
    apiKey_spring();
    jwtHS256_spring();
    if (reached.count != before + 4 || response.getStatus() != 200) {
      throw new IllegalStateException("a contender refused its request");
    }
    for (Filter f : new Filter[] {gatehouse, springKey, springJwt}) {
      MockHttpServletResponse refused = new MockHttpServletResponse();
      String path = f == springJwt ? "/hs-items" : "/items";
      f.doFilter(new MockHttpServletRequest("GET", path), refused, reached);
      if (refused.getStatus() != 401 || reached.count != before + 4) {
        throw new IllegalStateException(f + " let an anonymous request through");
      }
    }
  }

  @Benchmark
  public long apiKey_gatehouse() throws IOException, ServletException {
    gatehouse.doFilter(keyRequest, response, reached);
    return reached.count;
  }

  @Benchmark
  public boolean mvcApiKey_gatehouse() throws IOException {
    return interceptor.preHandle(mvcKeyRequest, response, keyHandler);
  }

  @Benchmark
  public boolean mvcJwtHS256_gatehouse() throws IOException {
    return interceptor.preHandle(mvcJwtRequest, response, jwtHandler);
  }

  @Benchmark
  public long apiKey_spring() throws IOException, ServletException {
    springKey.doFilter(springKeyRequest, response, reached);
    return reached.count;
  }

  @Benchmark
  public long jwtHS256_gatehouse() throws IOException, ServletException {
    gatehouse.doFilter(jwtRequest, response, reached);
    return reached.count;
  }

  @Benchmark
  public long jwtHS256_spring() throws IOException, ServletException {
    springJwt.doFilter(springJwtRequest, response, reached);
    return reached.count;
  }
}
