package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.Authentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** An allowed request whose principal is the verified caller, with its scopes as roles. */
final class AuthenticatedRequest extends HttpServletRequestWrapper {
  private final Authentication caller;

  AuthenticatedRequest(HttpServletRequest request, Authentication caller) {
    super(request);
    this.caller = caller;
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
    return caller.hasScope(role);
  }

  /** The {@code schemeName} of the scheme that verified the caller, such as {@code HTTPBasic}. */
  @Override
  public String getAuthType() {
    return caller.scheme();
  }
}
