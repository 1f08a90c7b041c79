package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.Caller;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.util.ClassUtils;
import reactor.core.publisher.Mono;

/**
 * Spring Security interop for reactive applications, used only when Spring Security is on the class
 * path (never required): the rest of the chain of a request Gatehouse let in with a verified caller
 * runs with a {@link GatehouseAuthenticationToken} in its Reactor context, where {@code
 * ReactiveSecurityContextHolder.getContext()}, reactive method security ({@code @PreAuthorize} on
 * methods returning a {@code Mono} or {@code Flux}) and Spring Security's own {@code
 * AuthenticationPrincipal} resolver look.
 */
final class ReactiveSecurityContexts {
  /** Whether Spring Security's reactive context holder is on the class path. */
  static final boolean PRESENT =
      ClassUtils.isPresent(
          "org.springframework.security.core.context.ReactiveSecurityContextHolder",
          ReactiveSecurityContexts.class.getClassLoader());

  private ReactiveSecurityContexts() {}

  /** {@code chain} with the caller in its security context; only call when {@link #PRESENT}. */
  static Mono<Void> withCaller(Mono<Void> chain, Caller caller) {
    return chain.contextWrite(
        ReactiveSecurityContextHolder.withAuthentication(new GatehouseAuthenticationToken(caller)));
  }
}
