package dev.gatehouse.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.HttpHeaders;
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

  /** The name of the request header that asks a handler for {@link #full} instead. */
  public static final String FULL = "X-Caller";

  /**
   * {@link #full} when the request asked for it with {@code X-Caller: full}, else the usual JSON.
   */
  static String json(SecurityContext security, HttpHeaders headers, String operation) {
    return "full".equals(headers.getHeaderString(FULL))
        ? full(GatehouseFeature.caller(security))
        : json(security, operation);
  }

  /**
   * Everything the endpoint learns about its caller: every scheme that verified it, each principal
   * with its type, a field of the typed {@link DemoUser} principal, the granted and the required
   * scopes.
   */
  public static String full(dev.gatehouse.runtime.Caller caller) {
    StringBuilder principals = new StringBuilder();
    for (Authentication a : caller.authentications()) {
      principals
          .append(principals.length() == 0 ? "" : " ")
          .append(a.name())
          .append(':')
          .append(a.principal().getClass().getSimpleName());
    }
    String email =
        caller.findPrincipal(DemoUser.class).map(u -> "\"" + u.email() + "\"").orElse("null");
    return "{\"schemes\":\""
        + String.join(" ", caller.schemes())
        + "\",\"principals\":\""
        + principals
        + "\",\"email\":"
        + email
        + ",\"scopes\":\""
        + String.join(" ", new TreeSet<>(caller.scopes()))
        + "\",\"required\":\""
        + String.join(" ", new TreeSet<>(caller.requiredScopes()))
        + "\"}";
  }

  static String json(SecurityContext security, String operation) {
    Optional<Authentication> who = GatehouseFeature.authentication(security);
    if (who.isEmpty()) {
      return "{\"operation\":\"" + operation + "\",\"user\":null}";
    }
    Authentication a = who.get();
    return "{\"operation\":\""
        + operation
        + "\",\"user\":\""
        + a.name()
        + "\",\"scheme\":\""
        + a.scheme()
        + "\",\"scopes\":\""
        + String.join(" ", new TreeSet<>(a.scopes()))
        + "\"}";
  }
}
