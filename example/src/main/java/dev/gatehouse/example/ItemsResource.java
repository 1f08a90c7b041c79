package dev.gatehouse.example;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/** The implementation of {@link ItemsApi}: each answer says who called and how. */
public class ItemsResource implements ItemsApi {
  @Context SecurityContext security;

  @Override
  public String readItems() {
    return answer("items");
  }

  @Override
  public String admin() {
    return answer("admin");
  }

  @Override
  public String either() {
    return answer("either");
  }

  @Override
  public String both() {
    return answer("both");
  }

  @Override
  public String optional() {
    return answer("optional");
  }

  @Override
  public String publicInfo() {
    return answer("public");
  }

  private String answer(String operation) {
    Optional<Authentication> caller = GatehouseFeature.authentication(security);
    return caller
        .map(
            a ->
                "{\"operation\":\"" + operation + "\",\"caller\":\"" + a.name() + "\",\"scheme\":\""
                    + a.scheme() + "\"}")
        .orElse("{\"operation\":\"" + operation + "\",\"caller\":null}");
  }
}
