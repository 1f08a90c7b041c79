package dev.gatehouse.webflux.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How often each handler ran, so that tests can tell a refused request never reached one. */
public final class Handlers {
  private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

  private Handlers() {}

  static void ran(String operation) {
    RUNS.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
  }

  /** How often the handler of {@code operation} (the name it answers with) ran. */
  public static int runs(String operation) {
    AtomicInteger n = RUNS.get(operation);
    return n == null ? 0 : n.get();
  }

  /** How often any handler ran. */
  public static int total() {
    return RUNS.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
