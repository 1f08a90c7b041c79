package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.webflux.GatehouseWebFilter;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.web.server.ServerWebExchange;

/** The JSON every sample operation answers with: which operation ran, and for whom. */
final class Caller {
  private Caller() {}

  static String json(ServerWebExchange exchange, String operation) {
    return json(GatehouseWebFilter.authentication(exchange), operation);
  }

  static String json(Optional<Authentication> caller, String operation) {
    Handlers.ran(operation);
    return caller
        .map(
            a ->
                "{\"operation\":\"" + operation + "\",\"user\":\"" + a.name() + "\",\"scheme\":\""
                    + a.scheme() + "\",\"scopes\":\"" + String.join(" ", new TreeSet<>(a.scopes()))
                    + "\"}")
        .orElse("{\"operation\":\"" + operation + "\",\"user\":null}");
  }
}
