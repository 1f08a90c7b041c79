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
  public Answer readItems() {
    return answer("items");
  }

  @Override
  public Answer admin() {
    return answer("admin");
  }

  @Override
  public Answer either() {
    return answer("either");
  }

  @Override
  public Answer both() {
    return answer("both");
  }

  @Override
  public Answer optional() {
    return answer("optional");
  }

  @Override
  public Answer publicInfo() {
    return answer("public");
  }

  private Answer answer(String operation) {
    Optional<Authentication> caller = GatehouseFeature.authentication(security);
    return caller
        .map(a -> new Answer(operation, a.name(), a.scheme()))
        .orElse(new Answer(operation, null, null));
  }
}
