package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/**
 * An allowed request whose principal is the first verified scheme's caller, with the scopes any
 * scheme granted as roles.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {
  private final Authentication caller;
  private final Caller all;

  AuthenticatedRequest(HttpServletRequest request, Caller all) {
    super(request);
    this.caller = all.primary().orElseThrow();
    this.all = all;
  }

  @Override
  public Principal getUserPrincipal() {
    return caller;
  }

  @Override
  public String getRemoteUser() {
    return caller.name();
  }

  @Override
  public boolean isUserInRole(String role) {
    return all.hasScope(role);
  }

  /** The {@code schemeName} of the scheme that verified the caller, such as {@code HTTPBasic}. */
  @Override
  public String getAuthType() {
    return caller.scheme();
  }
}
