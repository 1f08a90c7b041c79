package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.GatehousePrincipal;
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
 * request, from the exchange attributes {@link GatehouseWebFilter} sets; and a {@link
 * GatehousePrincipal @GatehousePrincipal} parameter to the verifier's own principal object (or
 * {@code Optional} of it), the first of the parameter's type or that of the scheme it names.
 *
 * <p>WebFlux consults its built-in resolvers before custom ones, and its {@code Principal} resolver
 * claims {@code Authentication} parameters (an {@code Authentication} is a {@code Principal}); it
 * answers the same, since the filter makes the caller the exchange's principal. This resolver
 * answers {@code Optional<Authentication>}, and {@code Authentication} wherever the principal
 * resolver is not registered. For the same reason a {@code @GatehousePrincipal} parameter whose
 * type implements {@link java.security.Principal} receives the exchange's principal on WebFlux, not
 * the verifier's object: give principal types that are not {@code Principal}s, or ask the {@link
 * Caller}.
 */
public final class AuthenticationArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
    return type == Authentication.class
        || type == Caller.class
        || parameter.hasParameterAnnotation(GatehousePrincipal.class);
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
    GatehousePrincipal principal = parameter.getParameterAnnotation(GatehousePrincipal.class);
    if (principal != null) {
      Caller caller = GatehouseWebFilter.caller(exchange);
      Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
      Optional<?> value =
          principal.scheme().isEmpty()
              ? caller.findPrincipal(type)
              : caller.findPrincipal(principal.scheme(), type);
      return parameter.getParameterType() == Optional.class
          ? Mono.just((Object) value)
          : Mono.justOrEmpty((Object) value.orElse(null));
    }
    if (parameter.getParameterType() == Caller.class) {
      return Mono.just(GatehouseWebFilter.caller(exchange));
    }
    Optional<Authentication> caller = GatehouseWebFilter.authentication(exchange);
    return parameter.getParameterType() == Optional.class
        ? Mono.just(caller)
        : Mono.justOrEmpty(caller);
  }
}
