package dev.gatehouse.spring.it;

import java.security.Principal;

/**
 * The application's own user object that the demo bearer verifier returns, handed to controllers
 * typed ({@code @GatehousePrincipal DemoUser user}).
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
