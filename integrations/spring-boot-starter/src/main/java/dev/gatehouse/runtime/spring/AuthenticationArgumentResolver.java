package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.spi.Attributes;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves controller parameters to the verified caller of the request: a {@link Caller} (every
 * scheme, never null: anonymous when nobody was verified), an {@link Authentication} (the first
 * scheme's; null when anonymous) or {@code Optional<Authentication>}, and a {@link
 * GatehousePrincipal @GatehousePrincipal} parameter of the principal's own type (or {@code
 * Optional} of it).
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
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    Caller caller =
        request.getAttribute(Attributes.CALLER, RequestAttributes.SCOPE_REQUEST) instanceof Caller c
            ? c
            : Caller.anonymous();
    Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
    Object value;
    GatehousePrincipal principal = parameter.getParameterAnnotation(GatehousePrincipal.class);
    if (principal != null) {
      value =
          principal.scheme().isEmpty()
              ? caller.findPrincipal(type).orElse(null)
              : caller
                  .authentication(principal.scheme())
                  .flatMap(a -> a.principal(type))
                  .orElse(null);
    } else if (type == Caller.class) {
      value = caller;
    } else {
      value = caller.primary().orElse(null);
    }
    return parameter.getParameterType() == Optional.class ? Optional.ofNullable(value) : value;
  }
}
