package dev.gatehouse.spring.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.spring.GatehouseInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The JSON every sample operation answers with: which operation ran, and for whom. */
final class Caller {
  private Caller() {}

  static String json(HttpServletRequest request, String operation) {
    return json(GatehouseInterceptor.authentication(request), operation);
  }

  static String json(Optional<Authentication> caller, String operation) {
    return caller
        .map(
            a ->
                "{\"operation\":\"" + operation + "\",\"user\":\"" + a.name() + "\",\"scheme\":\""
                    + a.scheme() + "\",\"scopes\":\"" + String.join(" ", new java.util.TreeSet<>(a.scopes())) + "\"}")
        .orElse("{\"operation\":\"" + operation + "\",\"user\":null}");
  }
}
