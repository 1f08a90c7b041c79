package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.OperationSecurity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Guards JAX-RS resources with Gatehouse, in one line: {@code
 * resourceConfig.register(new GatehouseFeature(gatehouse))}.
 *
 * <p>When the application starts, the runtime tells this feature which Java method serves each
 * resource; the feature looks that method up in the generated security glue of the endpoint
 * interfaces the resource class implements, and binds a filter holding that operation's security.
 * No path is matched a second time: the operation is the one the framework already chose.
 * Resource methods that implement no Gatehouse operation are left alone.
 */
public final class GatehouseFeature implements DynamicFeature {
  private final Gatehouse gatehouse;

  public GatehouseFeature(Gatehouse gatehouse) {
    this.gatehouse = Objects.requireNonNull(gatehouse, "gatehouse");
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type == null || method == null) {
      return;
    }
    operation(type, method)
        .ifPresent(op -> context.register(new GatehouseFilter(gatehouse, op), Priorities.AUTHENTICATION));
  }

  /** The verified caller of the current request, from an injected {@link SecurityContext}. */
  public static Optional<Authentication> authentication(SecurityContext context) {
    return context != null && context.getUserPrincipal() instanceof Authentication a
        ? Optional.of(a)
        : Optional.empty();
  }

  /** The operation {@code method} of {@code type} implements, searching its endpoint interfaces. */
  Optional<OperationSecurity> operation(Class<?> type, Method method) {
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
      pending.addAll(java.util.List.of(c.getInterfaces()));
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
