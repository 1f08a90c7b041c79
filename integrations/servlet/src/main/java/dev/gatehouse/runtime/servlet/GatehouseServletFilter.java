package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.ProtectedResourceMetadata;
import dev.gatehouse.runtime.spi.Attributes;
import dev.gatehouse.runtime.spi.Refusal;
import dev.gatehouse.runtime.spi.RouteMatch;
import dev.gatehouse.runtime.spi.RouteTable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards a Jakarta Servlet 6 application with Gatehouse: register {@code new
 * GatehouseServletFilter(gatehouse)} for {@code /*} and the {@code REQUEST} dispatch.
 *
 * <p>Each request's method and raw path (request URI minus context path) are matched against the
 * route table compiled from every generated operation (docs/path-matching.md). A refused path is
 * answered with 400; a Gatehouse operation is decided and, when denied, answered with the refusal;
 * an allowed request continues wrapped so that {@code getUserPrincipal()} is the first scheme's
 * {@link Authentication}, {@code isUserInRole} checks the scopes any scheme granted and {@code
 * getAuthType()} is the first scheme's name. The {@link Caller} ({@link #caller(ServletRequest)}),
 * the first caller and the operation's key are also the request attributes {@value
 * Attributes#CALLER}, {@value Attributes#AUTHENTICATION} and {@value Attributes#OPERATION}.
 * Requests that are no Gatehouse operation continue untouched, unless the filter was made with
 * {@link #operationsOnly(Gatehouse)}, which answers them with 404.
 */
public final class GatehouseServletFilter implements Filter {
  private final RouteTable routes;
  private final boolean operationsOnly;
  private final ProtectedResourceMetadata metadata; // null when the API publishes none

  /**
   * A filter that lets requests which are no Gatehouse operation pass; fails on ambiguous routes.
   */
  public GatehouseServletFilter(Gatehouse gatehouse) {
    this(gatehouse, false);
  }

  private GatehouseServletFilter(Gatehouse gatehouse, boolean operationsOnly) {
    this.routes = RouteTable.of(Objects.requireNonNull(gatehouse, "gatehouse"));
    this.operationsOnly = operationsOnly;
    this.metadata = gatehouse.protectedResourceMetadata().orElse(null);
  }

  /** A filter that answers 404 to every request that is no Gatehouse operation. */
  public static GatehouseServletFilter operationsOnly(Gatehouse gatehouse) {
    return new GatehouseServletFilter(gatehouse, true);
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(ServletRequest request) {
    return request.getAttribute(Attributes.AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  /**
   * Every verified scheme of an allowed request (typed principals, granted and required scopes);
   * anonymous when no scheme verified the caller or the request is no Gatehouse operation.
   */
  public static Caller caller(ServletRequest request) {
    return request.getAttribute(Attributes.CALLER) instanceof Caller c ? c : Caller.anonymous();
  }

  /** The operation the request was matched to, such as {@code "GET /items/{id}"}. */
  public static Optional<String> operation(ServletRequest request) {
    return request.getAttribute(Attributes.OPERATION) instanceof String s
        ? Optional.of(s)
        : Optional.empty();
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest http)
        || !(res instanceof HttpServletResponse response)) {
      chain.doFilter(req, res);
      return;
    }
    if (metadata != null && metadata.isRequestFor(http.getMethod(), http.getRequestURI())) {
      // RFC 9728 section 3: the metadata at the well-known path, from the server's root.
      byte[] body = metadata.body();
      response.setStatus(200);
      response.setContentType(metadata.contentType());
      response.setContentLength(body.length);
      if (!"HEAD".equals(http.getMethod())) {
        response.getOutputStream().write(body);
      }
      response.flushBuffer();
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
      case REFUSED -> RefusalWriter.write(response, Refusal.INVALID_PATH);
      case NONE -> {
        if (operationsOnly) {
          RefusalWriter.write(response, Refusal.NOT_FOUND);
        } else {
          chain.doFilter(http, response);
        }
      }
      case OPERATION -> {
        Decision decision = match.operation().decide(new ServletRequestView(request));
        if (decision instanceof Decision.Deny deny) {
          RefusalWriter.write(response, match.operation().refusal(deny));
          return;
        }
        request.setAttribute(Attributes.OPERATION, match.operation().key());
        Caller caller = ((Decision.Allow) decision).caller();
        request.setAttribute(Attributes.CALLER, caller);
        if (caller.isAnonymous()) {
          chain.doFilter(request, response);
          return;
        }
        request.setAttribute(Attributes.AUTHENTICATION, caller.primary().orElseThrow());
        chain.doFilter(new AuthenticatedRequest(request, caller), response);
      }
    }
  }
}
