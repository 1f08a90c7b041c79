package dev.gatehouse.spring.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.spring.GatehouseInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The JSON every sample operation answers with: which operation ran, and for whom. */
final class Caller {
  private Caller() {}

  /**
   * Everything the controller learns about its caller: every scheme that verified it, each
   * principal with its type, the typed principal's e-mail, the granted and the required scopes. The
   * same JSON as the integration tests' {@code dev.gatehouse.it.Caller.full}.
   */
  static String full(dev.gatehouse.runtime.Caller caller, DemoUser user) {
    StringBuilder principals = new StringBuilder();
    for (Authentication a : caller.authentications()) {
      principals
          .append(principals.length() == 0 ? "" : " ")
          .append(a.name())
          .append(':')
          .append(a.principal().getClass().getSimpleName());
    }
    String email = user == null ? "null" : "\"" + user.email() + "\"";
    return "{\"schemes\":\""
        + String.join(" ", caller.schemes())
        + "\",\"principals\":\""
        + principals
        + "\",\"email\":"
        + email
        + ",\"scopes\":\""
        + String.join(" ", new java.util.TreeSet<>(caller.scopes()))
        + "\",\"required\":\""
        + String.join(" ", new java.util.TreeSet<>(caller.requiredScopes()))
        + "\"}";
  }

  static boolean wantsFull(HttpServletRequest request) {
    return "full".equals(request.getHeader("X-Caller"));
  }

  static String json(HttpServletRequest request, String operation) {
    return json(GatehouseInterceptor.authentication(request), operation);
  }

  static String json(Optional<Authentication> caller, String operation) {
    return caller
        .map(
            a ->
                "{\"operation\":\""
                    + operation
                    + "\",\"user\":\""
                    + a.name()
                    + "\",\"scheme\":\""
                    + a.scheme()
                    + "\",\"scopes\":\""
                    + String.join(" ", new java.util.TreeSet<>(a.scopes()))
                    + "\"}")
        .orElse("{\"operation\":\"" + operation + "\",\"user\":null}");
  }
}
