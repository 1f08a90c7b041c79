package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.RouteMatch;
import dev.gatehouse.runtime.internal.RouteTable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards a Jakarta Servlet 6 application with Gatehouse: register {@code new
 * GatehouseServletFilter(gatehouse)} for {@code /*} and the {@code REQUEST} dispatch.
 *
 * <p>Each request's method and raw path (request URI minus context path) are matched against the
 * route table compiled from every generated operation (docs/path-matching.md). A refused path is
 * answered with 400; a Gatehouse operation is decided and, when denied, answered with the refusal;
 * an allowed request continues wrapped so that {@code getUserPrincipal()} is the {@link
 * Authentication}, {@code isUserInRole} checks its scopes and {@code getAuthType()} is its scheme
 * name. Requests that are no Gatehouse operation continue untouched, unless the filter was made
 * with {@link #operationsOnly(Gatehouse)}, which answers them with 404.
 */
public final class GatehouseServletFilter implements Filter {
  /** The request attribute holding the verified caller, an {@link Authentication}. */
  public static final String AUTHENTICATION = "dev.gatehouse.authentication";

  /** The request attribute naming the matched operation, such as {@code "GET /items/{id}"}. */
  public static final String OPERATION = "dev.gatehouse.operation";

  private final Gatehouse gatehouse;
  private final RouteTable routes;
  private final boolean operationsOnly;

  /**
   * A filter that lets requests which are no Gatehouse operation pass; fails on ambiguous routes.
   */
  public GatehouseServletFilter(Gatehouse gatehouse) {
    this(gatehouse, false);
  }

  private GatehouseServletFilter(Gatehouse gatehouse, boolean operationsOnly) {
    this.gatehouse = Objects.requireNonNull(gatehouse, "gatehouse");
    this.routes = RouteTable.of(gatehouse.operations());
    this.operationsOnly = operationsOnly;
  }

  /** A filter that answers 404 to every request that is no Gatehouse operation. */
  public static GatehouseServletFilter operationsOnly(Gatehouse gatehouse) {
    return new GatehouseServletFilter(gatehouse, true);
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(ServletRequest request) {
    return request.getAttribute(AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  /** The operation the request was matched to, such as {@code "GET /items/{id}"}. */
  public static Optional<String> operation(ServletRequest request) {
    return request.getAttribute(OPERATION) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest http)
        || !(res instanceof HttpServletResponse response)) {
      chain.doFilter(req, res);
      return;
    }
    // Reads nothing unless a form-body bearer transport needs the body; then replays it.
    HttpServletRequest request = new BufferedBodyRequest(http);
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    RouteMatch match =
        uri == null || context == null || !uri.startsWith(context)
            ? routes.match(request.getMethod(), null)
            : routes.match(
                request.getMethod(),
                uri.length() == context.length() ? "/" : uri.substring(context.length()));
    switch (match.outcome()) {
      case REFUSED -> write(response, RouteMatch.INVALID_PATH);
      case NONE -> {
        if (operationsOnly) {
          write(response, RouteMatch.NOT_FOUND);
        } else {
          chain.doFilter(http, response);
        }
      }
      case OPERATION -> {
        ServletRequestView view = new ServletRequestView(request);
        Decision decision = gatehouse.decide(match.operation(), view);
        if (decision instanceof Decision.Deny deny) {
          write(response, deny);
          return;
        }
        request.setAttribute(OPERATION, RouteMatch.key(match.operation()));
        Optional<Authentication> caller = ((Decision.Allow) decision).principal();
        if (caller.isEmpty()) {
          chain.doFilter(request, response);
          return;
        }
        request.setAttribute(AUTHENTICATION, caller.get());
        chain.doFilter(new AuthenticatedRequest(request, caller.get()), response);
      }
    }
  }

  /** Writes a refusal: status, challenges, no-store, Retry-After and the JSON body. */
  static void write(HttpServletResponse response, Decision.Deny deny) throws IOException {
    response.setStatus(deny.status());
    deny.challenges().forEach(c -> response.addHeader("WWW-Authenticate", c));
    response.setHeader("Cache-Control", "no-store");
    deny.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", seconds));
    response.setHeader("Content-Type", Decision.Deny.CONTENT_TYPE);
    byte[] body = deny.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
