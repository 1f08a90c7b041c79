package dev.gatehouse.example;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets the example module's tests use, for {@link NoSecretsInLogsTest}: the demo passwords
 * and API key up front, and whatever tokens, client secrets and forged signatures tests register.
 */
final class Secrets {
  private static final Set<String> USED = ConcurrentHashMap.newKeySet();

  static {
    USED.add(ExampleService.API_KEY);
    USED.add(ExampleService.ADMIN_PASSWORD);
    USED.add(DemoUsers.JOHNDOE_PASSWORD);
    USED.add(DemoUsers.ALICE_PASSWORD);
  }

  private Secrets() {}

  /** Registers {@code secret}; values shorter than 6 characters are too common to search for. */
  static void register(String secret) {
    if (secret != null && secret.length() >= 6) {
      USED.add(secret);
    }
  }

  static Set<String> all() {
    return Set.copyOf(USED);
  }
}
