package dev.gatehouse.it;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** The implementation of {@link ItemsApi}: each operation says who called it. */
public class ItemsResource implements ItemsApi {
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @Override
  public String items(int limit) {
    return Caller.json(security, "items");
  }

  @Override
  public String item(UUID id) {
    return Caller.json(security, "item");
  }

  @Override
  public String both() {
    return Caller.json(security, headers, "both");
  }

  @Override
  public String maybe() {
    return Caller.json(security, "maybe");
  }

  @Override
  public String admin() {
    return Caller.json(security, "admin");
  }

  @Override
  public String hello() {
    return Caller.json(security, "hello");
  }
}
