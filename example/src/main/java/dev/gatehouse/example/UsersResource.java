package dev.gatehouse.example;

import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The implementation of {@link UsersApi}: it gets the verified, active {@link User}, typed. */
public class UsersResource implements UsersApi {
  @Context SecurityContext security;

  @Override
  public User readUsersMe() {
    return user();
  }

  @Override
  public List<Item> readOwnItems() {
    return List.of(new Item("Foo", user().username()));
  }

  @Override
  public SystemStatus readSystemStatus() {
    return new SystemStatus("ok");
  }

  /**
   * The current active user, as the bearer verifier made it (FastAPI's get_current_active_user).
   */
  private User user() {
    return GatehouseFeature.caller(security).principal(User.class);
  }
}
