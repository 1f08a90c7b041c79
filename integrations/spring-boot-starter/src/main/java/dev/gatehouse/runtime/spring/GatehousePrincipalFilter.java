package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.servlet.BufferedBodyRequest;
import dev.gatehouse.runtime.spi.Attributes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/**
 * Makes the caller that {@link GatehouseInterceptor} verifies the request's principal, so that
 * Spring's own {@link Principal} arguments, {@code getUserPrincipal()}, {@code isUserInRole} (the
 * granted scopes) and {@code getAuthType()} (the scheme name) see it. The wrapper reads the
 * interceptor's request attribute when asked, since the filter runs before a handler is chosen. It
 * is also the {@link BufferedBodyRequest} through which the interceptor reads a form body for the
 * form-body bearer transport and hands it back to the controller whole.
 */
public final class GatehousePrincipalFilter implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req instanceof HttpServletRequest http ? new Wrapped(http) : req, res);
  }

  /** A request whose principal is the verified caller once there is one. */
  private static final class Wrapped extends BufferedBodyRequest {
    Wrapped(HttpServletRequest request) {
      super(request);
    }

    private Authentication caller() {
      return getAttribute(Attributes.AUTHENTICATION) instanceof Authentication a ? a : null;
    }

    @Override
    public Principal getUserPrincipal() {
      Authentication caller = caller();
      return caller != null ? caller : super.getUserPrincipal();
    }

    @Override
    public String getRemoteUser() {
      Authentication caller = caller();
      return caller != null ? caller.name() : super.getRemoteUser();
    }

    @Override
    public boolean isUserInRole(String role) {
      // Any scheme's scopes: both members of an AND set granted what the caller may do.
      return getAttribute(Attributes.CALLER) instanceof Caller all && !all.isAnonymous()
          ? all.hasScope(role)
          : super.isUserInRole(role);
    }

    @Override
    public String getAuthType() {
      Authentication caller = caller();
      return caller != null ? caller.scheme() : super.getAuthType();
    }
  }
}
