package dev.gatehouse.example;

import java.util.Map;
import java.util.Optional;

/** The tutorial's users: {@code johndoe} may log in, {@code alice} is disabled. */
final class DemoUsers {
  /** One user's public profile, as {@code GET /users/me} shows it. */
  record User(String username, String fullName, String email, boolean disabled) {
    String json() {
      return "{\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"full_name\":\""
          + fullName + "\",\"disabled\":" + disabled + "}";
    }
  }

  static final String JOHNDOE = "johndoe";
  static final String JOHNDOE_PASSWORD = "secret";
  static final String ALICE = "alice";
  static final String ALICE_PASSWORD = "secret2";

  private static final Map<String, User> USERS =
      Map.of(
          JOHNDOE, new User(JOHNDOE, "John Doe", "johndoe@example.com", false),
          ALICE, new User(ALICE, "Alice Wonderson", "alice@example.com", true));

  private DemoUsers() {}

  static Optional<User> find(String username) {
    return Optional.ofNullable(USERS.get(username));
  }
}
