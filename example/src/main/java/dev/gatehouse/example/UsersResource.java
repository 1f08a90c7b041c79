package dev.gatehouse.example;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The implementation of {@link UsersApi}: it sees the verified token's subject and scopes. */
public class UsersResource implements UsersApi {
  @Context SecurityContext security;

  @Override
  public String readUsersMe() {
    return user().json();
  }

  @Override
  public String readOwnItems() {
    return "[{\"item_id\":\"Foo\",\"owner\":\"" + user().username() + "\"}]";
  }

  @Override
  public String readSystemStatus() {
    return "{\"status\":\"ok\"}";
  }

  private DemoUsers.User user() {
    Authentication caller = GatehouseFeature.authentication(security).orElseThrow();
    return DemoUsers.find(caller.name()).orElseThrow(NotFoundException::new);
  }
}
