package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.spi.Attributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Spring Security interop, registered right after {@link GatehouseInterceptor} when Spring Security
 * is on the class path (never required): for a request Gatehouse let in with a verified caller, the
 * Spring Security {@link SecurityContext} holds a {@link GatehouseAuthenticationToken} while the
 * handler runs, so {@code @PreAuthorize("hasAuthority('SCOPE_items')")}, method security and {@code
 * SecurityContextHolder} see the caller; the thread's previous context is restored when the request
 * completes.
 */
final class SpringSecurityContextInterceptor implements HandlerInterceptor {
  private static final String PREVIOUS =
      SpringSecurityContextInterceptor.class.getName() + ".previous";

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(Attributes.CALLER) instanceof Caller caller && !caller.isAnonymous()) {
      SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
      request.setAttribute(PREVIOUS, holder.getContext());
      SecurityContext context = holder.createEmptyContext();
      context.setAuthentication(new GatehouseAuthenticationToken(caller));
      holder.setContext(context);
    }
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
    Object previous = request.getAttribute(PREVIOUS);
    if (previous == null) {
      return;
    }
    request.removeAttribute(PREVIOUS);
    SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    if (previous instanceof SecurityContext context && context.getAuthentication() != null) {
      holder.setContext(context);
    } else {
      holder.clearContext();
    }
  }
}
