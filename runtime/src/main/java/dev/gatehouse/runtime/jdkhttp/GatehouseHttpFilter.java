package dev.gatehouse.runtime.jdkhttp;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.RouteMatch;
import dev.gatehouse.runtime.internal.RouteTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards {@code com.sun.net.httpserver} contexts with Gatehouse: {@code
 * context.getFilters().add(GatehouseHttpFilter.operationsOnly(gatehouse))}.
 *
 * <p>Each request's method and raw path are matched against the route table compiled from every
 * generated operation (docs/path-matching.md). A refused path is answered with 400; a Gatehouse
 * operation is decided and, when denied, answered with the refusal; an allowed request continues
 * with the caller available through {@link #authentication(HttpExchange)}. Requests that are no
 * Gatehouse operation continue untouched, unless the filter was made with {@link
 * #operationsOnly(Gatehouse)}, which answers them with 404: use it on every context whose handler
 * serves only Gatehouse operations, because the JDK matches contexts by string prefix.
 */
public final class GatehouseHttpFilter extends Filter {
  /** The attribute naming the verified caller, an {@link Authentication}, of an allowed request. */
  public static final String AUTHENTICATION = "dev.gatehouse.authentication";

  /** The attribute naming the matched operation, such as {@code "GET /items/{id}"}. */
  public static final String OPERATION = "dev.gatehouse.operation";

  private final Gatehouse gatehouse;
  private final RouteTable routes;
  private final boolean operationsOnly;

  /**
   * A filter that lets requests which are no Gatehouse operation pass; fails on ambiguous routes.
   */
  public GatehouseHttpFilter(Gatehouse gatehouse) {
    this(gatehouse, false);
  }

  private GatehouseHttpFilter(Gatehouse gatehouse, boolean operationsOnly) {
    this.gatehouse = Objects.requireNonNull(gatehouse, "gatehouse");
    this.routes = RouteTable.of(gatehouse.operations());
    this.operationsOnly = operationsOnly;
  }

  /** A filter that answers 404 to every request that is no Gatehouse operation. */
  public static GatehouseHttpFilter operationsOnly(Gatehouse gatehouse) {
    return new GatehouseHttpFilter(gatehouse, true);
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(HttpExchange exchange) {
    return exchange.getAttribute(AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  /** The operation the request was matched to, such as {@code "GET /items/{id}"}. */
  public static Optional<String> operation(HttpExchange exchange) {
    return exchange.getAttribute(OPERATION) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    RouteMatch match =
        routes.match(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
    switch (match.outcome()) {
      case REFUSED -> write(exchange, RouteMatch.INVALID_PATH);
      case NONE -> {
        if (operationsOnly) {
          write(exchange, RouteMatch.NOT_FOUND);
        } else {
          chain.doFilter(exchange);
        }
      }
      case OPERATION -> {
        Decision decision = gatehouse.decide(match.operation(), new JdkRequestView(exchange));
        if (decision instanceof Decision.Deny deny) {
          write(exchange, deny);
        } else {
          Authentication caller = ((Decision.Allow) decision).principal().orElse(null);
          chain.doFilter(new GuardedExchange(exchange, caller, RouteMatch.key(match.operation())));
        }
      }
    }
  }

  @Override
  public String description() {
    return "Gatehouse: decides every request for a Gatehouse operation";
  }

  /** Writes a refusal: status, challenges, no-store, Retry-After, JSON body; then closes. */
  static void write(HttpExchange exchange, Decision.Deny deny) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    deny.challenges().forEach(c -> headers.add("WWW-Authenticate", c));
    headers.set("Cache-Control", "no-store");
    deny.retryAfterSeconds().ifPresent(seconds -> headers.set("Retry-After", seconds));
    headers.set("Content-Type", Decision.Deny.CONTENT_TYPE);
    byte[] body = deny.body().getBytes(StandardCharsets.UTF_8);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(deny.status(), head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
