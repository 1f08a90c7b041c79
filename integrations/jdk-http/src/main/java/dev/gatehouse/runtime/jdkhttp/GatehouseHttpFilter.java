package dev.gatehouse.runtime.jdkhttp;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.ProtectedResourceMetadata;
import dev.gatehouse.runtime.spi.Attributes;
import dev.gatehouse.runtime.spi.Refusal;
import dev.gatehouse.runtime.spi.RouteMatch;
import dev.gatehouse.runtime.spi.RouteTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Guards {@code com.sun.net.httpserver} contexts with Gatehouse: {@code
 * context.getFilters().add(GatehouseHttpFilter.operationsOnly(gatehouse))}.
 *
 * <p>Each request's method and raw path are matched against the route table compiled from every
 * generated operation (docs/path-matching.md). A refused path is answered with 400; a Gatehouse
 * operation is decided and, when denied, answered with the refusal; an allowed request continues
 * with the caller available through {@link #caller(HttpExchange)} and {@link
 * #authentication(HttpExchange)}, as {@code getPrincipal()} (the first scheme's name, realm the
 * scheme name), and as the exchange attributes {@value Attributes#CALLER}, {@value
 * Attributes#AUTHENTICATION} and {@value Attributes#OPERATION}. Requests that are no Gatehouse
 * operation continue untouched, unless the filter was made with {@link #operationsOnly(Gatehouse)},
 * which answers them with 404: use it on every context whose handler serves only Gatehouse
 * operations, because the JDK matches contexts by string prefix.
 */
public final class GatehouseHttpFilter extends Filter {
  private final RouteTable routes;
  private final boolean operationsOnly;
  private final ProtectedResourceMetadata metadata; // null when the API publishes none

  /**
   * A filter that lets requests which are no Gatehouse operation pass; fails on ambiguous routes.
   */
  public GatehouseHttpFilter(Gatehouse gatehouse) {
    this(gatehouse, false);
  }

  private GatehouseHttpFilter(Gatehouse gatehouse, boolean operationsOnly) {
    this.routes = RouteTable.of(Objects.requireNonNull(gatehouse, "gatehouse"));
    this.operationsOnly = operationsOnly;
    this.metadata = gatehouse.protectedResourceMetadata().orElse(null);
  }

  /** A filter that answers 404 to every request that is no Gatehouse operation. */
  public static GatehouseHttpFilter operationsOnly(Gatehouse gatehouse) {
    return new GatehouseHttpFilter(gatehouse, true);
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(HttpExchange exchange) {
    return exchange.getAttribute(Attributes.AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  /**
   * Every verified scheme of an allowed request (typed principals, granted and required scopes);
   * anonymous when no scheme verified the caller or the request is no Gatehouse operation.
   */
  public static Caller caller(HttpExchange exchange) {
    return exchange.getAttribute(Attributes.CALLER) instanceof Caller c ? c : Caller.anonymous();
  }

  /** The operation the request was matched to, such as {@code "GET /items/{id}"}. */
  public static Optional<String> operation(HttpExchange exchange) {
    return exchange.getAttribute(Attributes.OPERATION) instanceof String s
        ? Optional.of(s)
        : Optional.empty();
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (metadata != null
        && metadata.isRequestFor(
            exchange.getRequestMethod(), exchange.getRequestURI().getRawPath())) {
      // RFC 9728 section 3: the metadata at the well-known path (on a context that covers it).
      byte[] body = metadata.body();
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.getResponseHeaders().set("Content-Type", metadata.contentType());
      exchange.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
      return;
    }
    RouteMatch match =
        routes.match(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
    switch (match.outcome()) {
      case REFUSED -> write(exchange, Refusal.INVALID_PATH);
      case NONE -> {
        if (operationsOnly) {
          write(exchange, Refusal.NOT_FOUND);
        } else {
          chain.doFilter(exchange);
        }
      }
      case OPERATION -> {
        Decision decision = match.operation().decide(new JdkRequestView(exchange));
        if (decision instanceof Decision.Deny deny) {
          write(exchange, match.operation().refusal(deny));
        } else {
          Caller caller = ((Decision.Allow) decision).caller();
          chain.doFilter(new GuardedExchange(exchange, caller, match.operation().key()));
        }
      }
    }
  }

  @Override
  public String description() {
    return "Gatehouse: decides every request for a Gatehouse operation";
  }

  /**
   * Writes a refusal: its status, its header lines (the first of each name replacing), its body
   * (none for HEAD); then closes the exchange.
   */
  static void write(HttpExchange exchange, Refusal refusal) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    Set<String> written = new HashSet<>();
    for (Refusal.Header header : refusal.headers()) {
      if (written.add(header.name())) {
        headers.set(header.name(), header.value());
      } else {
        headers.add(header.name(), header.value());
      }
    }
    byte[] body = refusal.body();
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(refusal.status(), head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
