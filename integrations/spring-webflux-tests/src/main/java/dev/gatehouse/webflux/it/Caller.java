package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.webflux.GatehouseWebFilter;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.web.server.ServerWebExchange;

/** The JSON every sample operation answers with: which operation ran, and for whom. */
final class Caller {
  private Caller() {}

  static boolean wantsFull(ServerWebExchange exchange) {
    return "full".equals(exchange.getRequest().getHeaders().getFirst("X-Caller"));
  }

  /**
   * Every scheme that verified the caller, each principal with its type, the granted and the
   * required scopes: the JSON of the integration tests' {@code dev.gatehouse.it.Caller.full}.
   */
  static String full(dev.gatehouse.runtime.Caller caller) {
    StringBuilder principals = new StringBuilder();
    for (Authentication a : caller.authentications()) {
      principals
          .append(principals.length() == 0 ? "" : " ")
          .append(a.name())
          .append(':')
          .append(a.principal().getClass().getSimpleName());
    }
    return "{\"schemes\":\""
        + String.join(" ", caller.schemes())
        + "\",\"principals\":\""
        + principals
        + "\",\"email\":null,\"scopes\":\""
        + String.join(" ", new TreeSet<>(caller.scopes()))
        + "\",\"required\":\""
        + String.join(" ", new TreeSet<>(caller.requiredScopes()))
        + "\"}";
  }

  static String json(ServerWebExchange exchange, String operation) {
    return json(GatehouseWebFilter.authentication(exchange), operation);
  }

  static String json(Optional<Authentication> caller, String operation) {
    Handlers.ran(operation);
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
                    + String.join(" ", new TreeSet<>(a.scopes()))
                    + "\"}")
        .orElse("{\"operation\":\"" + operation + "\",\"user\":null}");
  }
}
