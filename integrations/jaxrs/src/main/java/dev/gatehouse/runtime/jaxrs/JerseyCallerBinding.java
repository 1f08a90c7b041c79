package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.spi.Attributes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.function.Supplier;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.internal.inject.PerLookup;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Makes {@code @Context Caller} injectable as a resource method parameter on Jersey 4: a binding
 * whose supplier reads the {@link Caller} that {@link GatehouseFilter} stored on the request, or
 * {@link Caller#anonymous()} for a resource method that is no Gatehouse operation. Jersey makes a
 * resource instance before post-matching filters run, so a {@code Caller} field of a Gatehouse
 * operation's resource would be injected before anything was decided: the feature refuses such a
 * resource at start-up ({@link #refuseCallerOutsideParameters}), and a lookup that still comes too
 * early fails rather than hand over an anonymous caller. Standard JAX-RS has no portable way to add
 * a {@code @Context} type; this class is only loaded when Jersey's HK2 injection is on the class
 * path ({@link #available}).
 */
final class JerseyCallerBinding extends AbstractBinder {
  private static final String BINDER = "org.glassfish.jersey.inject.hk2.AbstractBinder";
  private static final String REQUEST = "org.glassfish.jersey.server.ContainerRequest";

  private final Guarded guarded;

  /**
   * @param guarded the resource methods the feature bound a Gatehouse filter to (filled later)
   */
  JerseyCallerBinding(Set<Method> guarded) {
    this.guarded = new Guarded(guarded);
  }

  /** Whether Jersey 4's server and HK2 binder classes can be loaded beside this class. */
  static boolean available() {
    ClassLoader loader = GatehouseFeature.class.getClassLoader();
    try {
      Class.forName(BINDER, false, loader);
      Class.forName(REQUEST, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Refuses to start with a guarded resource class that takes the {@code Caller} in a field, a
   * constructor or a setter: Jersey makes the resource before the security filter decides, so such
   * an injection could only be anonymous, or fail and turn every refusal into a server error.
   */
  static void refuseCallerOutsideParameters(Class<?> resource) {
    for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field field : c.getDeclaredFields()) {
        if (field.getType() == Caller.class) {
          throw misplaced(resource, "field " + c.getSimpleName() + "." + field.getName());
        }
      }
      for (java.lang.reflect.Constructor<?> constructor : c.getDeclaredConstructors()) {
        if (java.util.Arrays.asList(constructor.getParameterTypes()).contains(Caller.class)) {
          throw misplaced(resource, "a constructor of " + c.getSimpleName());
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (method.getParameterCount() == 1
            && method.getParameterTypes()[0] == Caller.class
            && (method.isAnnotationPresent(jakarta.ws.rs.core.Context.class)
                || method.isAnnotationPresent(Inject.class))) {
          throw misplaced(resource, "setter " + c.getSimpleName() + "." + method.getName());
        }
      }
    }
  }

  private static IllegalStateException misplaced(Class<?> resource, String where) {
    return new IllegalStateException(
        "Gatehouse cannot inject the Caller into "
            + where
            + " of the guarded resource "
            + resource.getName()
            + ": Jersey makes the resource before the security filter decides. Take \"@Context"
            + " Caller caller\" as a resource method parameter (declared on the endpoint"
            + " interface), or read GatehouseFeature.caller(securityContext) in the method.");
  }

  @Override
  protected void configure() {
    bind(guarded).to(Guarded.class);
    bindFactory(CallerSupplier.class).to((Type) Caller.class).proxy(false).in(PerLookup.class);
  }

  /** The resource methods Gatehouse guards. */
  record Guarded(Set<Method> methods) {}

  /** Supplies the current request's caller. */
  static final class CallerSupplier implements Supplier<Caller> {
    private final Provider<ContainerRequest> request;
    private final Guarded guarded;

    @Inject
    CallerSupplier(Provider<ContainerRequest> request, Guarded guarded) {
      this.request = request;
      this.guarded = guarded;
    }

    @Override
    public Caller get() {
      ContainerRequest current = request.get();
      if (current.getProperty(Attributes.CALLER) instanceof Caller caller) {
        return caller;
      }
      ResourceMethod matched = current.getUriInfo().getMatchedResourceMethod();
      if (matched != null
          && (guarded.methods().contains(matched.getInvocable().getHandlingMethod())
              || guarded.methods().contains(matched.getInvocable().getDefinitionMethod()))) {
        throw new IllegalStateException(
            "The Gatehouse Caller is not known yet: Jersey makes the resource before the security"
                + " filter decides. Take \"@Context Caller caller\" as a resource method parameter,"
                + " or read GatehouseFeature.caller(securityContext) in the method.");
      }
      return Caller.anonymous();
    }
  }
}
