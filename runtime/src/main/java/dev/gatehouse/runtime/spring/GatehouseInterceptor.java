package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.HandlerOperations;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.servlet.ServletRequestView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides every request whose handler is a controller method implementing a Gatehouse operation.
 *
 * <p>Spring has already matched the request to a handler method; the interceptor looks that
 * method up in the generated glue of the endpoint interfaces the controller implements, exactly as
 * the JAX-RS feature does, so no path is matched a second time. A refusal is written at once
 * (status, one {@code WWW-Authenticate} per challenge, {@code Cache-Control: no-store}, {@code
 * Retry-After}, JSON body) and the handler never runs; an allowed request carries its verified
 * caller as the {@value #AUTHENTICATION} request attribute. Handlers that implement no Gatehouse
 * operation are left alone.
 */
public final class GatehouseInterceptor implements HandlerInterceptor {
  /** The request attribute holding the verified caller, an {@link Authentication}. */
  public static final String AUTHENTICATION = "dev.gatehouse.authentication";

  private final Gatehouse gatehouse;
  private final Map<Key, Optional<OperationSecurity>> operations = new ConcurrentHashMap<>();

  public GatehouseInterceptor(Gatehouse gatehouse) {
    this.gatehouse = Objects.requireNonNull(gatehouse, "gatehouse");
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(HttpServletRequest request) {
    return request.getAttribute(AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Optional<OperationSecurity> operation =
        operations.computeIfAbsent(
            new Key(method.getBeanType(), method.getMethod()),
            k -> operation(k.type(), k.method()));
    if (operation.isEmpty()) {
      return true;
    }
    Decision decision = gatehouse.decide(operation.get(), new ServletRequestView(request));
    if (decision instanceof Decision.Deny deny) {
      write(response, deny);
      return false;
    }
    ((Decision.Allow) decision)
        .principal()
        .ifPresent(caller -> request.setAttribute(AUTHENTICATION, caller));
    return true;
  }

  /** The operation {@code method} of {@code type} implements, searching its endpoint interfaces. */
  Optional<OperationSecurity> operation(Class<?> type, Method method) {
    return HandlerOperations.find(gatehouse, type, method);
  }


  /** Writes a refusal exactly as the Servlet and JAX-RS adapters do. */
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

  /** A controller class and one of its handler methods. */
  private record Key(Class<?> type, Method method) {}
}
