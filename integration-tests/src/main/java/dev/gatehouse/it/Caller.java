package dev.gatehouse.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.TreeSet;

/** Renders the verified caller of a request as JSON, so tests can see what the endpoint saw. */
public final class Caller {
  private Caller() {}

  /** The {@code note} parameter of a urlencoded body (plain ASCII in the tests), or empty. */
  public static String note(String body) {
    for (String pair : body == null ? new String[0] : body.split("&")) {
      if (pair.startsWith("note=")) {
        return pair.substring("note=".length());
      }
    }
    return "";
  }

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
