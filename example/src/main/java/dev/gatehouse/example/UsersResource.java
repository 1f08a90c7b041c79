package dev.gatehouse.example;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The implementation of {@link UsersApi}: it sees the verified token's subject and scopes. */
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

  private User user() {
    Authentication caller = GatehouseFeature.authentication(security).orElseThrow();
    return DemoUsers.find(caller.name()).orElseThrow(NotFoundException::new);
  }
}
