package dev.gatehouse.example;

import dev.gatehouse.runtime.Caller;
import java.util.List;

/**
 * The implementation of {@link UsersApi}: it gets the verified, active {@link User}, typed, from
 * the request's {@link Caller} (FastAPI's {@code get_current_active_user}). On a JAX-RS
 * implementation other than Jersey, {@code GatehouseFeature.caller(@Context SecurityContext)} gives
 * the same caller.
 */
public class UsersResource implements UsersApi {
  @Override
  public User readUsersMe(Caller caller) {
    return caller.principal(User.class);
  }

  @Override
  public List<Item> readOwnItems(Caller caller) {
    return List.of(new Item("Foo", caller.principal(User.class).username()));
  }

  @Override
  public SystemStatus readSystemStatus() {
    return new SystemStatus("ok");
  }
}
