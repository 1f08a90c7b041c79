package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Gatehouse;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the generated operation that a framework's resolved handler method implements, for the
 * adapters that bind to the handler the framework already chose (JAX-RS, Spring MVC): the method is
 * looked up by signature in the glue of the endpoint interfaces its class implements.
 */
public final class HandlerOperations {
  private HandlerOperations() {}

  /** The operation {@code method} of {@code type} implements, searching its endpoint interfaces. */
  public static Optional<OperationSecurity> find(Gatehouse gatehouse, Class<?> type, Method method) {
    String signature = signature(method);
    Deque<Class<?>> pending = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> c = pending.poll();
      if (!seen.add(c)) {
        continue;
      }
      if (c.isInterface() && gatehouse.knowsEndpoint(c.getName())) {
        Optional<OperationSecurity> op = gatehouse.operation(c.getName(), signature);
        if (op.isPresent()) {
          return op;
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
  public static String signature(Method method) {
    StringJoiner params = new StringJoiner(",", method.getName() + "(", ")");
    for (Class<?> p : method.getParameterTypes()) {
      params.add(p.getTypeName());
    }
    return params.toString();
  }
}
