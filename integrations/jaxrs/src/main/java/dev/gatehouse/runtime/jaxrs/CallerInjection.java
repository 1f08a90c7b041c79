package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Caller;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * What {@link GatehouseFeature} needs to know about {@code @Context Caller} injection without
 * touching any Jersey class: whether Jersey's server and HK2 injection are there (only then is
 * {@link JerseyCallerBinding}, which extends a Jersey class, ever loaded), and the start-up check
 * of resource classes.
 */
final class CallerInjection {
  private static final boolean JERSEY = probe();

  private CallerInjection() {}

  /** Whether Jersey 4's server and HK2 binder classes can be loaded beside this class. */
  static boolean available() {
    return JERSEY;
  }

  private static boolean probe() {
    ClassLoader loader = CallerInjection.class.getClassLoader();
    try {
      Class.forName("org.glassfish.jersey.inject.hk2.AbstractBinder", false, loader);
      Class.forName("org.glassfish.jersey.server.ContainerRequest", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Refuses to start with a resource class that takes the {@code Caller} in a field, a constructor
   * or a setter: Jersey makes a resource before the security filter decides, so such an injection
   * could only be anonymous, or fail and turn every refusal into a server error.
   */
  static void refuseCallerOutsideParameters(Class<?> resource) {
    for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field field : c.getDeclaredFields()) {
        if (field.getType() == Caller.class) {
          throw misplaced(resource, "field " + c.getSimpleName() + "." + field.getName());
        }
      }
      for (java.lang.reflect.Constructor<?> constructor : c.getDeclaredConstructors()) {
        if (Arrays.asList(constructor.getParameterTypes()).contains(Caller.class)) {
          throw misplaced(resource, "a constructor of " + c.getSimpleName());
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (method.getParameterCount() == 1
            && method.getParameterTypes()[0] == Caller.class
            && injected(method)) {
          throw misplaced(resource, "setter " + c.getSimpleName() + "." + method.getName());
        }
      }
    }
  }

  /**
   * Whether {@code method} is an injection point ({@code @Context} or {@code @Inject}), by name.
   */
  private static boolean injected(Method method) {
    for (java.lang.annotation.Annotation a : method.getAnnotations()) {
      String name = a.annotationType().getName();
      if (name.equals("jakarta.ws.rs.core.Context") || name.equals("jakarta.inject.Inject")) {
        return true;
      }
    }
    return false;
  }

  /** Why the caller cannot be injected outside a resource method's parameters, and the fix. */
  static IllegalStateException misplaced(Class<?> resource, String where) {
    return new IllegalStateException(
        "Gatehouse cannot inject the Caller into "
            + where
            + " of the resource "
            + resource.getName()
            + ": Jersey makes the resource before the security filter decides. Take \"@Context"
            + " Caller caller\" as a resource method parameter (declared on the endpoint"
            + " interface), or read GatehouseFeature.caller(securityContext) in the method.");
  }

  /** A guarded resource method, with the resource class it was bound for. */
  record Guarded(Class<?> resource, Method method) {}
}
