package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.spi.Attributes;
import dev.gatehouse.runtime.spi.Operation;
import dev.gatehouse.runtime.spi.Refusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Decides one operation's requests: refusals are answered at once with their {@link Refusal};
 * allowed requests carry the verified {@link Caller} as the request's {@link SecurityContext}
 * principal and as the {@value Attributes#CALLER} property, and its first scheme's caller as the
 * {@value Attributes#AUTHENTICATION} property. The response headers of an allowed request's
 * decision (a fresh {@code DPoP-Nonce}) are set on the resource's answer.
 */
final class GatehouseFilter implements ContainerRequestFilter, ContainerResponseFilter {
  /** The request property holding an allowed decision's response headers until the answer. */
  private static final String HEADERS = "dev.gatehouse.responseHeaders";

  private final Operation operation;

  GatehouseFilter(Operation operation) {
    this.operation = operation;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Decision decision = operation.decide(new JaxRsRequestView(request));
    if (decision instanceof Decision.Deny deny) {
      Refusal refusal = operation.refusal(deny);
      // A new response: header() adds each line, so repeated names need no special case.
      Response.ResponseBuilder response = Response.status(refusal.status()).entity(refusal.body());
      refusal.headers().forEach(h -> response.header(h.name(), h.value()));
      request.abortWith(response.build());
      return;
    }
    List<Refusal.Header> headers = ((Decision.Allow) decision).headers();
    if (!headers.isEmpty()) {
      request.setProperty(HEADERS, headers);
    }
    Caller caller = ((Decision.Allow) decision).caller();
    request.setProperty(Attributes.CALLER, caller);
    Optional<Authentication> principal = caller.primary();
    if (principal.isPresent()) {
      request.setProperty(Attributes.AUTHENTICATION, principal.get());
      request.setSecurityContext(
          new Context(principal.get(), caller, request.getSecurityContext()));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(HEADERS) instanceof List<?> headers) {
      for (Object h : headers) {
        Refusal.Header header = (Refusal.Header) h;
        response.getHeaders().putSingle(header.name(), header.value());
      }
    }
  }

  /** The request's principal: the first scheme's name, and every scheme's result. */
  record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
      return caller.name().orElse("");
    }

    @Override
    public String toString() {
      return caller.toString();
    }
  }

  /** The verified caller as JAX-RS sees it; roles are the scopes any of its schemes granted. */
  record Context(Authentication authentication, Caller caller, SecurityContext original)
      implements SecurityContext {
    /**
     * The first scheme's principal name, carrying the whole {@link Caller}: containers hand
     * resources a proxy of this context (Jersey, Quarkus REST), through which only its methods
     * reach the caller ({@link GatehouseFeature#caller(SecurityContext)} reads it).
     */
    @Override
    public Principal getUserPrincipal() {
      return new CallerPrincipal(caller);
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.hasScope(role);
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
