package dev.gatehouse.runtime.spi;

import dev.gatehouse.runtime.Gatehouse;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the operation that a framework's resolved handler method implements, for the adapters that
 * bind to the handler the framework already chose (JAX-RS, Spring MVC): the method is looked up by
 * signature among the operations of the endpoint interfaces its class implements, so no path is
 * matched a second time. Immutable and thread-safe.
 */
public final class HandlerOperations {
  /** Endpoint interface binary name, then Java signature: the first route of each method. */
  private final Map<String, Map<String, Operation>> byInterface;

  private HandlerOperations(Map<String, Map<String, Operation>> byInterface) {
    this.byInterface = byInterface;
  }

  /** The operations of {@code gatehouse}, by endpoint interface and Java method. */
  public static HandlerOperations of(Gatehouse gatehouse) {
    Map<String, Map<String, Operation>> byInterface = new HashMap<>();
    for (Operation op : gatehouse.operations()) {
      // A Spring method mapped to several paths or HTTP methods has one operation per route, all
      // with the same security (Gatehouse.Builder checks that); any of them decides alike.
      byInterface
          .computeIfAbsent(op.endpointInterface(), k -> new HashMap<>())
          .putIfAbsent(op.signature(), op);
    }
    byInterface.replaceAll((k, v) -> Map.copyOf(v));
    return new HandlerOperations(Map.copyOf(byInterface));
  }

  /**
   * The operation that {@code method}, as a handler of {@code type}, implements: searched in the
   * endpoint interfaces {@code type} implements, directly or through its superclasses and
   * superinterfaces; empty when it implements none.
   */
  public Optional<Operation> find(Class<?> type, Method method) {
    String signature = signature(method);
    Deque<Class<?>> pending = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> c = pending.poll();
      if (!seen.add(c)) {
        continue;
      }
      if (c.isInterface()) {
        Operation op = byInterface.getOrDefault(c.getName(), Map.of()).get(signature);
        if (op != null) {
          return Optional.of(op);
        }
      }
      if (c.getSuperclass() != null) {
        pending.add(c.getSuperclass());
      }
      pending.addAll(List.of(c.getInterfaces()));
    }
    return Optional.empty();
  }

  /** {@code name(type,...)} with the parameter types' binary names, as the processor writes it. */
  static String signature(Method method) {
    StringJoiner params = new StringJoiner(",", method.getName() + "(", ")");
    for (Class<?> p : method.getParameterTypes()) {
      params.add(p.getTypeName());
    }
    return params.toString();
  }
}
