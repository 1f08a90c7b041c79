package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.servlet.RefusalWriter;
import dev.gatehouse.runtime.servlet.ServletRequestView;
import dev.gatehouse.runtime.spi.Attributes;
import dev.gatehouse.runtime.spi.HandlerOperations;
import dev.gatehouse.runtime.spi.Operation;
import dev.gatehouse.runtime.spi.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides every request whose handler is a controller method implementing a Gatehouse operation.
 *
 * <p>Spring has already matched the request to a handler method; the interceptor looks that method
 * up in the generated glue of the endpoint interfaces the controller implements, exactly as the
 * JAX-RS feature does, so no path is matched a second time. A refusal is written at once (its
 * {@link Refusal}) and the handler never runs; an allowed request carries its {@link Caller} as the
 * {@value Attributes#CALLER} request attribute and its first verified scheme's caller as {@value
 * Attributes#AUTHENTICATION}. Handlers that implement no Gatehouse operation are left alone.
 */
public final class GatehouseInterceptor implements HandlerInterceptor {
  private final HandlerOperations handlers;
  private final Map<Key, Optional<Operation>> operations = new ConcurrentHashMap<>();

  public GatehouseInterceptor(Gatehouse gatehouse) {
    this.handlers = HandlerOperations.of(Objects.requireNonNull(gatehouse, "gatehouse"));
  }

  /** The verified caller of an allowed request; empty when anonymous or not guarded. */
  public static Optional<Authentication> authentication(HttpServletRequest request) {
    return request.getAttribute(Attributes.AUTHENTICATION) instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  /**
   * Every verified scheme of an allowed request (typed principals, granted and required scopes);
   * anonymous when no scheme verified the caller or the handler is no Gatehouse operation.
   */
  public static Caller caller(HttpServletRequest request) {
    return request.getAttribute(Attributes.CALLER) instanceof Caller c ? c : Caller.anonymous();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Optional<Operation> operation =
        operations.computeIfAbsent(
            new Key(method.getBeanType(), method.getMethod()),
            k -> handlers.find(k.type(), k.method()));
    if (operation.isEmpty()) {
      return true;
    }
    Decision decision = operation.get().decide(new ServletRequestView(request));
    if (decision instanceof Decision.Deny deny) {
      RefusalWriter.write(response, operation.get().refusal(deny));
      return false;
    }
    Caller caller = ((Decision.Allow) decision).caller();
    request.setAttribute(Attributes.CALLER, caller);
    caller.primary().ifPresent(first -> request.setAttribute(Attributes.AUTHENTICATION, first));
    return true;
  }

  /** A controller class and one of its handler methods. */
  private record Key(Class<?> type, Method method) {}
}
