package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.spi.Attributes;
import dev.gatehouse.runtime.spi.HandlerOperations;
import dev.gatehouse.runtime.spi.Operation;
import dev.gatehouse.runtime.spi.Refusal;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Decides every request whose handler is a controller method implementing a Gatehouse operation.
 *
 * <p>The handler is the one Spring will dispatch to: the filter asks the {@link
 * DispatcherHandler}'s own {@link HandlerMapping}s, in their order, exactly as the dispatcher does,
 * and looks the resulting {@link HandlerMethod} up in the generated glue of the endpoint interfaces
 * the controller implements; no path is matched a second time. Requests to any other handler
 * (router functions, static resources, unmapped paths) pass untouched.
 *
 * <p>An operation whose decision may block ({@link Operation#mayBlock()}: a verifier that may wait
 * for a JWKS fetch, a JDBC store or a slow password hash, or application code Gatehouse cannot
 * judge) is decided on a {@link Scheduler} for blocking work ({@link Schedulers#boundedElastic()}
 * by default), never on the event loop, and the rest of the chain continues on that thread. An
 * operation whose every verifier checks memory alone (configured API keys, a {@code JwtVerifier}
 * with configured keys) can be decided where the request arrived, without the thread hop, its
 * handler then running there too, as without Gatehouse: {@code decideInPlace}, off by default. A
 * refusal is written at once (its {@link Refusal}) and the handler never runs; an allowed request
 * carries its verified caller as the exchange's principal and as the {@value
 * Attributes#AUTHENTICATION} exchange attribute, and, when Spring Security is on the class path, in
 * the reactive security context ({@link GatehouseAuthenticationToken}).
 *
 * <p>For a non-GET urlencoded form, the filter first reads at most 64 KiB + 1 of the body without
 * blocking, for the form-body bearer transport, and hands the handler the whole body replayed.
 *
 * <p>It runs last among the filters ({@link Ordered#LOWEST_PRECEDENCE}), so that a filter rewriting
 * the request runs before the handler is looked up, and the handler guarded is the one invoked.
 */
public final class GatehouseWebFilter implements WebFilter, Ordered {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final HandlerOperations handlers;
  private final DispatcherHandler dispatcher;
  private final Scheduler scheduler;
  private final ServerCodecConfigurer codecs;
  private final boolean decideInPlace;
  private final Map<Key, Optional<Operation>> operations = new ConcurrentHashMap<>();

  /**
   * Decides operations that may block on {@link Schedulers#boundedElastic()}; form data is read
   * with default codecs.
   */
  public GatehouseWebFilter(Gatehouse gatehouse, DispatcherHandler dispatcher) {
    this(gatehouse, dispatcher, Schedulers.boundedElastic(), ServerCodecConfigurer.create());
  }

  /**
   * @param scheduler where decisions that may block run ({@link Operation#mayBlock()}): one that
   *     may block
   * @param codecs the application's codecs, which parse the form data of a body Gatehouse read
   */
  public GatehouseWebFilter(
      Gatehouse gatehouse,
      DispatcherHandler dispatcher,
      Scheduler scheduler,
      ServerCodecConfigurer codecs) {
    this(gatehouse, dispatcher, scheduler, codecs, false);
  }

  /**
   * @param scheduler where decisions that may block run ({@link Operation#mayBlock()}): one that
   *     may block
   * @param codecs the application's codecs, which parse the form data of a body Gatehouse read
   * @param decideInPlace whether an operation that cannot block is decided where the request
   *     arrived, and its handler then runs there too, as without Gatehouse (WebFlux handlers must
   *     not block); {@code false}, what the other constructors choose, decides every operation on
   *     {@code scheduler}, the rest of the chain continuing there
   * @throws IllegalStateException when {@code decideInPlace} is set and a Reactor Netty older than
   *     1.3.8 is on the class path, whose keep-alive connections could stall (reactor-netty#4361)
   */
  public GatehouseWebFilter(
      Gatehouse gatehouse,
      DispatcherHandler dispatcher,
      Scheduler scheduler,
      ServerCodecConfigurer codecs,
      boolean decideInPlace) {
    this.handlers = HandlerOperations.of(Objects.requireNonNull(gatehouse, "gatehouse"));
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.codecs = Objects.requireNonNull(codecs, "codecs");
    if (decideInPlace) {
      ReactorNettyVersion.requireFixed(
          ReactorNettyVersion.onClassPath(GatehouseWebFilter.class.getClassLoader()));
    }
    this.decideInPlace = decideInPlace;
  }

  /** Whether operations that cannot block are decided where their requests arrive. */
  boolean decidesInPlace() {
    return decideInPlace;
  }

  /**
   * Every verified scheme of an allowed request (typed principals, granted and required scopes);
   * anonymous when no scheme verified the caller or the handler is no Gatehouse operation.
   */
  public static Caller caller(ServerWebExchange exchange) {
    return exchange.getAttribute(Attributes.CALLER) instanceof Caller c ? c : Caller.anonymous();
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(ServerWebExchange exchange) {
    return exchange.getAttribute(Attributes.AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return operation(exchange)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(op -> op.isPresent() ? guard(op.get(), exchange, chain) : chain.filter(exchange));
  }

  /**
   * The operation of the handler Spring resolves, as {@code DispatcherHandler.handle} resolves it;
   * empty for any other handler and when no mapping matches or a mapping fails (then the dispatcher
   * fails the same way, and no handler runs).
   */
  private Mono<Operation> operation(ServerWebExchange exchange) {
    List<HandlerMapping> mappings = dispatcher.getHandlerMappings();
    if (mappings == null) {
      return Mono.empty();
    }
    return Flux.fromIterable(mappings)
        .concatMap(mapping -> mapping.getHandler(exchange))
        .next()
        .onErrorResume(e -> Mono.empty())
        .flatMap(
            handler ->
                handler instanceof HandlerMethod method
                    ? Mono.justOrEmpty(
                        operations.computeIfAbsent(
                            new Key(method.getBeanType(), method.getMethod()),
                            k -> handlers.find(k.type(), k.method())))
                    : Mono.empty());
  }

  private Mono<Void> guard(Operation operation, ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (!mayCarryFormToken(request)) {
      return decide(operation, new ExchangeRequestView(request, null), exchange, null, chain);
    }
    BodyPrefix body = BodyPrefix.read(request.getBody());
    return body.head()
        .map(Optional::of)
        .onErrorResume(e -> Mono.just(Optional.empty()))
        .flatMap(
            head ->
                decide(
                    operation,
                    new ExchangeRequestView(request, head.orElse(null)),
                    exchange,
                    body,
                    chain))
        .doFinally(signal -> body.discard());
  }

  private Mono<Void> decide(
      Operation operation,
      ExchangeRequestView view,
      ServerWebExchange exchange,
      BodyPrefix body,
      WebFilterChain chain) {
    Mono<Decision> decided = Mono.fromCallable(() -> operation.decide(view));
    return (decideInPlace && !operation.mayBlock() ? decided : decided.subscribeOn(scheduler))
        .flatMap(
            decision -> {
              if (decision instanceof Decision.Deny deny) {
                return RefusalWriter.write(exchange.getResponse(), operation.refusal(deny));
              }
              // Set before the handler runs, so they are on its answer (a fresh DPoP-Nonce).
              ((Decision.Allow) decision)
                  .headers()
                  .forEach(h -> exchange.getResponse().getHeaders().set(h.name(), h.value()));
              Caller all = ((Decision.Allow) decision).caller();
              exchange.getAttributes().put(Attributes.CALLER, all);
              Authentication caller = all.primary().orElse(null);
              if (caller != null) {
                exchange.getAttributes().put(Attributes.AUTHENTICATION, caller);
              }
              Mono<Void> next =
                  chain.filter(
                      caller == null && body == null
                          ? exchange
                          : new AllowedExchange(exchange, caller, body, codecs));
              return caller != null && ReactiveSecurityContexts.PRESENT
                  ? ReactiveSecurityContexts.withCaller(next, all)
                  : next;
            });
  }

  /**
   * Whether the extractors may ask for the body (RFC 6750 section 2.2): not GET or HEAD, and an
   * urlencoded content type. Generous on purpose: a body read for nothing is still handed on whole,
   * while a form body not read fails its bearer request closed.
   */
  private static boolean mayCarryFormToken(ServerHttpRequest request) {
    String method = request.getMethod().name();
    if (method.equals("GET") || method.equals("HEAD")) {
      return false;
    }
    List<String> types = request.getHeaders().get("Content-Type");
    return types != null && types.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(FORM));
  }

  /** A controller class and one of its handler methods. */
  private record Key(Class<?> type, Method method) {}
}
