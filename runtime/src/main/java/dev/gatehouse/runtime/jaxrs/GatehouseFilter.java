package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.OperationSecurity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Decides one operation's requests: refusals are answered at once with their status, challenges,
 * {@code Cache-Control: no-store} and JSON body; allowed requests carry the verified caller as the
 * request's {@link SecurityContext} principal and as the {@value #AUTHENTICATION} property.
 */
final class GatehouseFilter implements ContainerRequestFilter {
  /** The request property holding the {@link Authentication} of an allowed, verified request. */
  static final String AUTHENTICATION = "dev.gatehouse.authentication";

  private final Gatehouse gatehouse;
  private final OperationSecurity operation;

  GatehouseFilter(Gatehouse gatehouse, OperationSecurity operation) {
    this.gatehouse = gatehouse;
    this.operation = operation;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Decision decision = gatehouse.decide(operation, new JaxRsRequestView(request));
    if (decision instanceof Decision.Deny deny) {
      Response.ResponseBuilder response =
          Response.status(deny.status())
              .header("Cache-Control", "no-store")
              .type(Decision.Deny.CONTENT_TYPE)
              .entity(deny.body());
      deny.challenges().forEach(c -> response.header("WWW-Authenticate", c));
      deny.retryAfterSeconds().ifPresent(seconds -> response.header("Retry-After", seconds));
      request.abortWith(response.build());
      return;
    }
    Optional<Authentication> principal = ((Decision.Allow) decision).principal();
    if (principal.isPresent()) {
      request.setProperty(AUTHENTICATION, principal.get());
      request.setSecurityContext(new Context(principal.get(), request.getSecurityContext()));
    }
  }

  /** The verified caller as JAX-RS sees it; roles are the granted scopes. */
  private record Context(Authentication authentication, SecurityContext original)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return authentication;
    }

    @Override
    public boolean isUserInRole(String role) {
      return authentication.hasScope(role);
    }

    @Override
    public boolean isSecure() {
      return original != null && original.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
      return authentication.scheme();
    }
  }
}
