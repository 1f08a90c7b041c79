package dev.gatehouse.it;

import java.security.Principal;

/**
 * The application's own user object that the demo bearer verifier returns, so the endpoints can ask
 * for it typed ({@code caller.principal(DemoUser.class)}).
 *
 * @param username the principal's name
 * @param email a profile field only the typed principal carries
 */
public record DemoUser(String username, String email) implements Principal {
  @Override
  public String getName() {
    return username;
  }
}
