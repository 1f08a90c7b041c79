package dev.gatehouse.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.TreeSet;

/** Renders the verified caller of a request as JSON, so tests can see what the endpoint saw. */
final class Caller {
  private Caller() {}

  static String json(SecurityContext security, String operation) {
    Optional<Authentication> who = GatehouseFeature.authentication(security);
    if (who.isEmpty()) {
      return "{\"operation\":\"" + operation + "\",\"user\":null}";
    }
    Authentication a = who.get();
    return "{\"operation\":\"" + operation + "\",\"user\":\"" + a.name() + "\",\"scheme\":\""
        + a.scheme() + "\",\"scopes\":\"" + String.join(" ", new TreeSet<>(a.scopes())) + "\"}";
  }
}
