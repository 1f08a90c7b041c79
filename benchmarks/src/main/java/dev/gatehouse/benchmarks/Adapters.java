package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.webflux.GatehouseWebFilter;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Through the other adapters, as {@link FilterChains} does for the Servlet filter and the Spring
 * MVC interceptor: one GET with the same four ordinary headers and the credential (an {@code
 * X-API-Key} header checked by the same trivial verifier, or the same HS256 token with the same
 * rules: iss, aud, exp/nbf), no network, no server. Every contender lets the request through and
 * answers 401 without the credential; setup checks both.
 *
 * <ul>
 *   <li>JAX-RS: the {@code ContainerRequestFilter} that {@link GatehouseFeature} registers for the
 *       resource method ({@link BenchResource}'s, as the runtime shows it to the feature), on a
 *       Jersey {@link ContainerRequest} built once. Per call: the filter's decision, the request
 *       view, the request properties and the {@code SecurityContext} it sets; the benchmark first
 *       puts the request's original security context back (one field write), since the filter's
 *       context keeps the one it replaces.
 *   <li>JDK {@code HttpServer}: {@link GatehouseHttpFilter#doFilter} on a connectionless {@link
 *       HttpExchange} built once, with a {@code Filter.Chain} ending in a handler that counts. Per
 *       call: the route match (the filter matches the path itself), the decision, and the exchange
 *       wrapper that carries the caller to the handler.
 *   <li>Spring WebFlux, Gatehouse: {@link GatehouseWebFilter} as its auto-configuration makes it
 *       with {@code gatehouse.webflux.decide-in-place=true}, asking a {@link DispatcherHandler}
 *       over one {@code RequestMappingHandlerMapping} with a {@code @RestController} implementing
 *       {@link SpringBenchApi} (a Boot application has more handler mappings for it to ask), and
 *       blocking on the result. The API-key verifier declares that it checks memory alone (as
 *       {@code HashedApiKeys} does) and the {@code JwtVerifier} has configured keys, so the filter
 *       decides where the request arrived. The {@code webfluxHop} rows: the filter as configured by
 *       default, or the same checks as plain lambdas (which may block as far as Gatehouse can tell)
 *       with the switch on: it decides on {@code Schedulers.boundedElastic()}, every call handing
 *       the decision and the rest of the chain to another thread and back.
 *   <li>Spring WebFlux, Spring Security 7.1.2: a {@link WebFilterChainProxy} over what {@code
 *       ServerHttpSecurity} builds for a stateless API: no session-backed security context ({@code
 *       NoOpServerSecurityContextRepository}), no CSRF, HTTP Basic, form login, logout, and, as
 *       {@link FilterChains}'s Spring chain has neither, no security response headers and a no-op
 *       request cache; {@code anyExchange().authenticated()}. The API key through an {@code
 *       AuthenticationWebFilter} (a converter reading {@code X-API-Key}, a reactive manager doing
 *       the trivial check), the JWT through {@code oauth2ResourceServer().jwt()} with {@code
 *       NimbusReactiveJwtDecoder}. Behind the proxy's firewall, the chain is then {@code
 *       ServerWebExchangeReactorContextWebFilter}, {@code ReactorContextWebFilter}, the {@code
 *       AuthenticationWebFilter}, {@code SecurityContextServerWebExchangeWebFilter}, {@code
 *       ServerRequestCacheWebFilter}, {@code ExceptionTranslationWebFilter} and {@code
 *       AuthorizationWebFilter}.
 * </ul>
 *
 * <p>WebFlux exchanges are single-use, so both WebFlux contenders build a fresh exchange in every
 * call, the same way: a {@code DefaultServerWebExchange} over the request (one {@code
 * MockServerHttpRequest} per contender, built once and only read) and a new {@code
 * MockServerHttpResponse}, with a session manager, codecs and locale resolver shared across calls,
 * as a server's {@code HttpWebHandlerAdapter} shares them ({@code MockServerWebExchange} would
 * build new codecs and a new session store per exchange, which no server does). That exchange is
 * part of both WebFlux rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Adapters {
  private static final String API_KEY = "demo-key-3f7c1e9a5b2d4f60";
  private static final Verification GRANTED = Verification.granted("bench-user");

  /** The JAX-RS request's security context before any filter: nobody, not secure. */
  private static final SecurityContext ANONYMOUS =
      new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
          return null;
        }

        @Override
        public boolean isUserInRole(String role) {
          return false;
        }

        @Override
        public boolean isSecure() {
          return false;
        }

        @Override
        public String getAuthenticationScheme() {
          return null;
        }
      };

  private ContainerRequestFilter jaxrsKey;
  private ContainerRequestFilter jaxrsJwt;
  private ContainerRequest jaxrsKeyRequest;
  private ContainerRequest jaxrsJwtRequest;

  private Filter jdk;
  private Filter.Chain jdkChain;
  private Exchange jdkKeyExchange;
  private Exchange jdkJwtExchange;

  private GenericApplicationContext webfluxContext;
  private WebFilter webflux;
  private WebFilter webfluxHop;
  private WebFilterChainProxy springKey;
  private WebFilterChainProxy springJwt;
  private MockServerHttpRequest webfluxKeyRequest;
  private MockServerHttpRequest webfluxJwtRequest;
  private MockServerHttpRequest springKeyRequest;
  private MockServerHttpRequest springJwtRequest;
  private final WebSessionManager sessions = new DefaultWebSessionManager();
  private final ServerCodecConfigurer codecs = ServerCodecConfigurer.create();
  private final LocaleContextResolver locales = new AcceptHeaderLocaleContextResolver();

  private final Reached reached = new Reached();

  /** The end of the JDK and WebFlux chains: counts the requests that got through. */
  static final class Reached implements HttpHandler, WebFilterChain {
    long count;

    @Override
    public void handle(HttpExchange exchange) {
      count++;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange) {
      count++;
      return Mono.empty();
    }
  }

  @Setup
  public void setUp() throws Exception {
    Tokens hs256 = Tokens.create(JWSAlgorithm.HS256);
    // Checks memory alone and says so, as HashedApiKeys does; the JwtVerifier has configured keys.
    Verifier<ApiKey> trivialKey =
        new Verifier<>() {
          @Override
          public Verification verify(ApiKey k) {
            return API_KEY.equals(k.key()) ? GRANTED : Verification.rejected();
          }

          @Override
          public boolean mayBlock() {
            return false;
          }
        };
    JwtVerifier jwts = ExtractAndDecide.gatehouseJwt(hs256);
    Gatehouse g =
        Gatehouse.builder()
            .apiKey("APIKeyHeader", trivialKey)
            .bearer("HTTPBearer", jwts)
            .bearer("OAuth2PasswordBearer", jwts)
            .build();
    // The same checks as plain lambdas, which may block as far as Gatehouse can tell.
    Verifier<BearerToken> lambdaJwts = jwts::verify;
    Gatehouse mayBlock =
        Gatehouse.builder()
            .apiKey("APIKeyHeader", k -> trivialKey.verify(k))
            .bearer("HTTPBearer", lambdaJwts)
            .bearer("OAuth2PasswordBearer", lambdaJwts)
            .build();
    String bearer = "Bearer " + hs256.token;

    GatehouseFeature feature = new GatehouseFeature(g);
    jaxrsKey = jaxrsFilter(feature, "items");
    jaxrsJwt = jaxrsFilter(feature, "hsItems");
    jaxrsKeyRequest = jaxrsRequest("/items", "X-API-Key", API_KEY);
    jaxrsJwtRequest = jaxrsRequest("/hs-items", "Authorization", bearer);

    jdk = new GatehouseHttpFilter(g);
    jdkChain = new Filter.Chain(List.of(), reached);
    jdkKeyExchange = new Exchange("/items", "X-API-Key", API_KEY);
    jdkJwtExchange = new Exchange("/hs-items", "Authorization", bearer);

    webfluxContext = new GenericApplicationContext();
    webfluxContext.registerBean(RequestMappingHandlerMapping.class);
    webfluxContext.registerBean(FilterChains.Controller.class);
    webfluxContext.refresh();
    // As gatehouse.webflux.decide-in-place=true makes it.
    webflux =
        new GatehouseWebFilter(
            g,
            new DispatcherHandler(webfluxContext),
            Schedulers.boundedElastic(),
            ServerCodecConfigurer.create(),
            true);
    webfluxHop = new GatehouseWebFilter(mayBlock, new DispatcherHandler(webfluxContext));

    ServerAuthenticationEntryPoint unauthorized =
        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED);
    Authentication keyResult =
        new PreAuthenticatedAuthenticationToken("bench-user", null, AuthorityUtils.NO_AUTHORITIES);
    ReactiveAuthenticationManager keys =
        authentication ->
            API_KEY.equals(authentication.getPrincipal())
                ? Mono.just(keyResult)
                : Mono.error(new BadCredentialsException("bad key"));
    AuthenticationWebFilter keyFilter = new AuthenticationWebFilter(keys);
    keyFilter.setServerAuthenticationConverter(
        exchange ->
            Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst("X-API-Key"))
                .<Authentication>map(key -> new PreAuthenticatedAuthenticationToken(key, "N/A")));
    keyFilter.setAuthenticationFailureHandler(
        new ServerAuthenticationEntryPointFailureHandler(unauthorized));
    keyFilter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    springKey =
        reactiveChain(
            http ->
                http.addFilterAt(keyFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                    .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)));

    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withSecretKey(
                ((OctetSequenceKey) hs256.verificationKey()).toSecretKey("HmacSHA256"))
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    decoder.setJwtValidator(ExtractAndDecide.springRules());
    springJwt =
        reactiveChain(http -> http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtDecoder(decoder))));

    webfluxKeyRequest = webfluxRequest("/spring/items", "X-API-Key", API_KEY);
    webfluxJwtRequest = webfluxRequest("/spring/hs-items", "Authorization", bearer);
    springKeyRequest = webfluxRequest("/spring/items", "X-API-Key", API_KEY);
    springJwtRequest = webfluxRequest("/spring/hs-items", "Authorization", bearer);
    sanityCheck();
  }

  @TearDown
  public void tearDown() {
    webfluxContext.close();
  }

  /**
   * The filter {@link GatehouseFeature} registers for {@code method} of {@link BenchResource}, as a
   * JAX-RS runtime asks it at start-up.
   */
  private static ContainerRequestFilter jaxrsFilter(GatehouseFeature feature, String method)
      throws NoSuchMethodException {
    Method m = BenchResource.class.getMethod(method);
    ResourceInfo resource =
        new ResourceInfo() {
          @Override
          public Method getResourceMethod() {
            return m;
          }

          @Override
          public Class<?> getResourceClass() {
            return BenchResource.class;
          }
        };
    Registered context = new Registered();
    feature.configure(resource, context);
    List<ContainerRequestFilter> filters = new ArrayList<>();
    for (Object component : context.components) {
      if (component instanceof ContainerRequestFilter f) {
        filters.add(f);
      }
    }
    if (filters.size() != 1) {
      throw new IllegalStateException(method + ": the feature registered " + context.components);
    }
    return filters.get(0);
  }

  private static ContainerRequest jaxrsRequest(String path, String name, String value) {
    ContainerRequest request =
        new ContainerRequest(
            URI.create("http://127.0.0.1:8080/"),
            URI.create("http://127.0.0.1:8080" + path),
            "GET",
            ANONYMOUS,
            new MapPropertiesDelegate(),
            new ResourceConfig());
    for (String[] h : ExtractAndDecide.ORDINARY_HEADERS) {
      request.header(h[0], h[1]);
    }
    if (name != null) {
      request.header(name, new String(value.toCharArray()));
    }
    return request;
  }

  private static MockServerHttpRequest webfluxRequest(String path, String name, String value) {
    MockServerHttpRequest.BaseBuilder<?> b =
        MockServerHttpRequest.get("http://127.0.0.1:8080" + path);
    for (String[] h : ExtractAndDecide.ORDINARY_HEADERS) {
      b.header(h[0], h[1]);
    }
    if (name != null) {
      b.header(name, new String(value.toCharArray()));
    }
    return b.build();
  }

  /** A fresh exchange over {@code request}, with what a server shares across exchanges. */
  private ServerWebExchange exchange(MockServerHttpRequest request) {
    return new DefaultServerWebExchange(
        request, new MockServerHttpResponse(), sessions, codecs, locales);
  }

  /** Spring Security's reactive chain for a stateless API, with {@code authentication} added. */
  private static WebFilterChainProxy reactiveChain(Consumer<ServerHttpSecurity> authentication) {
    ServerHttpSecurity http = ServerHttpSecurity.http();
    http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .headers(ServerHttpSecurity.HeaderSpec::disable)
        .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(e -> e.anyExchange().authenticated());
    authentication.accept(http);
    return new WebFilterChainProxy(http.build());
  }

  /** Every contender lets its request through, and answers 401 to one without the credential. */
  private void sanityCheck() throws IOException {
    if (!jaxrsApiKey_gatehouse() || !jaxrsJwtHS256_gatehouse()) {
      throw new IllegalStateException("the JAX-RS filter refused its request");
    }
    if (!(jaxrsKeyRequest.getSecurityContext().getUserPrincipal() != null
        && jaxrsJwtRequest.getSecurityContext().getUserPrincipal() != null)) {
      throw new IllegalStateException("the JAX-RS filter set no caller");
    }
    for (ContainerRequestFilter f : new ContainerRequestFilter[] {jaxrsKey, jaxrsJwt}) {
      ContainerRequest anonymous = jaxrsRequest(f == jaxrsKey ? "/items" : "/hs-items", null, null);
      f.filter(anonymous);
      if (anonymous.getAbortResponse() == null || anonymous.getAbortResponse().getStatus() != 401) {
        throw new IllegalStateException("the JAX-RS filter let an anonymous request through");
      }
    }

    long before = reached.count;
    jdkApiKey_gatehouse();
    jdkJwtHS256_gatehouse();
    webfluxApiKey_gatehouse();
    webfluxJwtHS256_gatehouse();
    webfluxApiKey_spring();
    webfluxJwtHS256_spring();
    webfluxHopApiKey_gatehouse();
    webfluxHopJwtHS256_gatehouse();
    if (reached.count != before + 8 || jdkKeyExchange.status != -1 || jdkJwtExchange.status != -1) {
      throw new IllegalStateException("a contender refused its request");
    }
    for (String path : new String[] {"/items", "/hs-items"}) {
      Exchange anonymous = new Exchange(path, null, null);
      jdk.doFilter(anonymous, jdkChain);
      if (anonymous.status != 401 || reached.count != before + 8) {
        throw new IllegalStateException("the JDK filter let an anonymous request through");
      }
    }
    for (WebFilter f : new WebFilter[] {webflux, webfluxHop, springKey, springJwt}) {
      String path = f == springJwt ? "/spring/hs-items" : "/spring/items";
      ServerWebExchange anonymous = exchange(webfluxRequest(path, null, null));
      f.filter(anonymous, reached).block();
      HttpStatusCode status = anonymous.getResponse().getStatusCode();
      if (status == null || status.value() != 401 || reached.count != before + 8) {
        throw new IllegalStateException(f + " let an anonymous request through");
      }
    }
  }

  @Benchmark
  public boolean jaxrsApiKey_gatehouse() throws IOException {
    jaxrsKeyRequest.setSecurityContext(ANONYMOUS);
    jaxrsKey.filter(jaxrsKeyRequest);
    return jaxrsKeyRequest.getAbortResponse() == null;
  }

  @Benchmark
  public boolean jaxrsJwtHS256_gatehouse() throws IOException {
    jaxrsJwtRequest.setSecurityContext(ANONYMOUS);
    jaxrsJwt.filter(jaxrsJwtRequest);
    return jaxrsJwtRequest.getAbortResponse() == null;
  }

  @Benchmark
  public long jdkApiKey_gatehouse() throws IOException {
    jdk.doFilter(jdkKeyExchange, jdkChain);
    return reached.count;
  }

  @Benchmark
  public long jdkJwtHS256_gatehouse() throws IOException {
    jdk.doFilter(jdkJwtExchange, jdkChain);
    return reached.count;
  }

  @Benchmark
  public long webfluxApiKey_gatehouse() {
    webflux.filter(exchange(webfluxKeyRequest), reached).block();
    return reached.count;
  }

  @Benchmark
  public long webfluxJwtHS256_gatehouse() {
    webflux.filter(exchange(webfluxJwtRequest), reached).block();
    return reached.count;
  }

  @Benchmark
  public long webfluxHopApiKey_gatehouse() {
    webfluxHop.filter(exchange(webfluxKeyRequest), reached).block();
    return reached.count;
  }

  @Benchmark
  public long webfluxHopJwtHS256_gatehouse() {
    webfluxHop.filter(exchange(webfluxJwtRequest), reached).block();
    return reached.count;
  }

  @Benchmark
  public long webfluxApiKey_spring() {
    springKey.filter(exchange(springKeyRequest), reached).block();
    return reached.count;
  }

  @Benchmark
  public long webfluxJwtHS256_spring() {
    springJwt.filter(exchange(springJwtRequest), reached).block();
    return reached.count;
  }

  /** A JAX-RS runtime's view while a feature configures one resource method: what it registers. */
  private static final class Registered implements FeatureContext {
    final List<Object> components = new ArrayList<>();

    @Override
    public Configuration getConfiguration() {
      throw new UnsupportedOperationException("not asked by GatehouseFeature");
    }

    @Override
    public FeatureContext property(String name, Object value) {
      return this;
    }

    @Override
    public FeatureContext register(Class<?> componentClass) {
      components.add(componentClass);
      return this;
    }

    @Override
    public FeatureContext register(Class<?> componentClass, int priority) {
      components.add(componentClass);
      return this;
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
      components.add(componentClass);
      return this;
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
      components.add(componentClass);
      return this;
    }

    @Override
    public FeatureContext register(Object component) {
      components.add(component);
      return this;
    }

    @Override
    public FeatureContext register(Object component, int priority) {
      components.add(component);
      return this;
    }

    @Override
    public FeatureContext register(Object component, Class<?>... contracts) {
      components.add(component);
      return this;
    }

    @Override
    public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
      components.add(component);
      return this;
    }
  }

  /**
   * A JDK {@code HttpServer} exchange without a connection: request line and headers, an empty
   * body, attributes, response headers, and the status a refusal sends.
   */
  static final class Exchange extends HttpExchange {
    private static final InetSocketAddress PEER =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_000);
    private static final InetSocketAddress LOCAL =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);

    private final URI uri;
    private final Headers requestHeaders = new Headers();
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new HashMap<>();
    private InputStream body = InputStream.nullInputStream();
    private OutputStream out = OutputStream.nullOutputStream();
    int status = -1;

    Exchange(String path, String name, String value) {
      uri = URI.create(path);
      for (String[] h : ExtractAndDecide.ORDINARY_HEADERS) {
        requestHeaders.add(h[0], h[1]);
      }
      if (name != null) {
        requestHeaders.add(name, new String(value.toCharArray()));
      }
    }

    @Override
    public Headers getRequestHeaders() {
      return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
      return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
      return uri;
    }

    @Override
    public String getRequestMethod() {
      return "GET";
    }

    @Override
    public HttpContext getHttpContext() {
      return null;
    }

    @Override
    public void close() {}

    @Override
    public InputStream getRequestBody() {
      return body;
    }

    @Override
    public OutputStream getResponseBody() {
      return out;
    }

    @Override
    public void sendResponseHeaders(int code, long length) {
      status = code;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
      return PEER;
    }

    @Override
    public int getResponseCode() {
      return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
      return LOCAL;
    }

    @Override
    public String getProtocol() {
      return "HTTP/1.1";
    }

    @Override
    public Object getAttribute(String name) {
      return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
      attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
      if (in != null) {
        body = in;
      }
      if (out != null) {
        this.out = out;
      }
    }

    @Override
    public HttpPrincipal getPrincipal() {
      return null;
    }
  }
}
