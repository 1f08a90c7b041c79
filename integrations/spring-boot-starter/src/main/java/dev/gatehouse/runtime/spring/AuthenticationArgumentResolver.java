package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.spi.Attributes;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves controller parameters of type {@link Authentication} (null when the caller is
 * anonymous) and {@code Optional<Authentication>} to the verified caller of the request.
 */
public final class AuthenticationArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.nestedIfOptional().getNestedParameterType() == Authentication.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    Object caller =
        request.getAttribute(Attributes.AUTHENTICATION, RequestAttributes.SCOPE_REQUEST);
    Authentication authentication = caller instanceof Authentication a ? a : null;
    return parameter.getParameterType() == Optional.class
        ? Optional.ofNullable(authentication)
        : authentication;
  }
}
