package dev.gatehouse.runtime.spi;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.PathTemplate;
import dev.gatehouse.runtime.internal.RequestPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The operations' method and path templates, compiled once at start-up, that tell an adapter which
 * operation (if any) a request is, by the rules of docs/path-matching.md: for adapters whose
 * framework has no routing of its own to ask (a Servlet filter, the JDK {@code HttpServer}).
 * Adapters whose framework already chose a handler method use {@link HandlerOperations} instead.
 * Immutable and thread-safe.
 */
public final class RouteTable {
  private final Map<String, List<Route>> byMethod;

  private RouteTable(Map<String, List<Route>> byMethod) {
    this.byMethod = byMethod;
  }

  private record Route(PathTemplate template, Operation operation) {}

  /**
   * Compiles every operation of {@code gatehouse}; throws {@link IllegalStateException} naming
   * every invalid template and every pair of operations that match the same requests with equal
   * specificity.
   */
  public static RouteTable of(Gatehouse gatehouse) {
    return of(gatehouse.operations());
  }

  /** Compiles these operations, with the checks of {@link #of(Gatehouse)}. */
  public static RouteTable of(Collection<? extends Operation> operations) {
    TreeSet<String> problems = new TreeSet<>();
    Map<String, List<Route>> byMethod = new TreeMap<>();
    for (Operation op : operations) {
      if (op.httpMethod() == null || op.httpMethod().isEmpty() || op.path() == null) {
        problems.add("operation " + op.signature() + " has no HTTP method or path");
        continue;
      }
      try {
        Route route = new Route(PathTemplate.parse(op.path()), op);
        for (Route other : byMethod.getOrDefault(op.httpMethod(), List.of())) {
          if (other.template().sameShape(route.template())) {
            problems.add(
                describe(other.operation())
                    + " and "
                    + describe(op)
                    + " match the same requests"
                    + " with equal specificity; change one path");
          }
        }
        byMethod.computeIfAbsent(op.httpMethod(), m -> new ArrayList<>()).add(route);
      } catch (IllegalArgumentException e) {
        problems.add(describe(op) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Gatehouse routes are ambiguous or invalid:\n  - " + String.join("\n  - ", problems));
    }
    Map<String, List<Route>> sorted = new HashMap<>();
    byMethod.forEach(
        (method, routes) -> {
          routes.sort((a, b) -> a.template().compareTo(b.template()));
          sorted.put(method, List.copyOf(routes));
        });
    return new RouteTable(Map.copyOf(sorted));
  }

  /**
   * The operation {@code method} (case-sensitive; {@code HEAD} also matches {@code GET} operations)
   * and {@code rawPath} (exactly as received, without the query) name.
   */
  public RouteMatch match(String method, String rawPath) {
    if ("*".equals(rawPath) || method == null) {
      return RouteMatch.NONE;
    }
    Optional<RequestPath> path = RequestPath.parse(rawPath);
    if (path.isEmpty()) {
      return RouteMatch.REFUSED;
    }
    List<Route> candidates = new ArrayList<>(byMethod.getOrDefault(method, List.of()));
    if (method.equals("HEAD")) {
      candidates.addAll(byMethod.getOrDefault("GET", List.of()));
    }
    for (Route route : candidates) {
      if (route.template().matches(path.get())) {
        return new RouteMatch(RouteMatch.Outcome.OPERATION, route.operation());
      }
    }
    return nearMiss(method, path.get()) ? RouteMatch.REFUSED : RouteMatch.NONE;
  }

  /**
   * Whether the request would be an operation with its trailing slash toggled or its method in
   * upper case: spellings some stacks route to that operation's handler, so they are refused.
   */
  private boolean nearMiss(String method, RequestPath path) {
    String upper = method.toUpperCase(java.util.Locale.ROOT);
    List<Route> candidates = new ArrayList<>(byMethod.getOrDefault(upper, List.of()));
    if (upper.equals("HEAD")) {
      candidates.addAll(byMethod.getOrDefault("GET", List.of()));
    }
    RequestPath toggled = path.toggledTrailingSlash();
    for (Route route : candidates) {
      if ((!upper.equals(method) && route.template().matches(path))
          || route.template().matches(toggled)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Operation op) {
    return op.httpMethod() + " " + op.path() + " (" + op.signature() + ")";
  }
}
