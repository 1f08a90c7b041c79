package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Resolves controller parameters of type {@link Caller} (every verified scheme, typed principals,
 * granted and required scopes; anonymous when nobody was verified), {@link Authentication} (null
 * when the caller is anonymous) and {@code Optional<Authentication>} to the verified caller of the
 * request, from the exchange attributes {@link GatehouseWebFilter} sets.
 *
 * <p>WebFlux consults its built-in resolvers before custom ones, and its {@code Principal} resolver
 * claims {@code Authentication} parameters (an {@code Authentication} is a {@code Principal}); it
 * answers the same, since the filter makes the caller the exchange's principal. This resolver
 * answers {@code Optional<Authentication>}, and {@code Authentication} wherever the principal
 * resolver is not registered.
 */
public final class AuthenticationArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
    return type == Authentication.class || type == Caller.class;
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
    if (parameter.getParameterType() == Caller.class) {
      return Mono.just(GatehouseWebFilter.caller(exchange));
    }
    Optional<Authentication> caller = GatehouseWebFilter.authentication(exchange);
    return parameter.getParameterType() == Optional.class
        ? Mono.just(caller)
        : Mono.justOrEmpty(caller);
  }
}
