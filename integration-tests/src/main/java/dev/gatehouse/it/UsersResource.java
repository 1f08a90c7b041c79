package dev.gatehouse.it;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/** The implementation of {@link UsersApi}. */
public class UsersResource implements UsersApi {
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @Override
  public String me() {
    return Caller.json(security, "me");
  }

  @Override
  public String items() {
    return Caller.json(security, headers, "my-items");
  }
}
