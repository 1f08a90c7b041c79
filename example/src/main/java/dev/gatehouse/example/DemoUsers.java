package dev.gatehouse.example;

import java.util.Map;
import java.util.Optional;

/** The tutorial's users: {@code johndoe} may log in, {@code alice} is disabled. */
final class DemoUsers {

  static final String JOHNDOE = "johndoe";
  static final String JOHNDOE_PASSWORD = "secret";
  static final String ALICE = "alice";
  static final String ALICE_PASSWORD = "secret2";

  private static final Map<String, User> USERS =
      Map.of(
          JOHNDOE, new User(JOHNDOE, "johndoe@example.com", "John Doe", false),
          ALICE, new User(ALICE, "alice@example.com", "Alice Wonderson", true));

  private DemoUsers() {}

  static Optional<User> find(String username) {
    return Optional.ofNullable(USERS.get(username));
  }
}
