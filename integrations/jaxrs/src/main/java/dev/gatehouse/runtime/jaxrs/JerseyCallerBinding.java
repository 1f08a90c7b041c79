package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.spi.Attributes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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
 * {@link Caller#anonymous()} for a resource method that is no Gatehouse operation. Loaded only when
 * {@link CallerInjection#available()} found Jersey's server and HK2 injection, so the feature
 * itself never needs Jersey. Jersey makes a resource instance before post-matching filters run: the
 * feature refuses resource classes taking the caller anywhere but in a method parameter at
 * start-up, and a lookup that still comes too early (a guarded method's, or one made while Jersey
 * is still routing, such as a sub-resource locator's class or a service such a resource injects)
 * fails rather than hand over an anonymous caller.
 */
final class JerseyCallerBinding extends AbstractBinder {
  private final GuardedMethods guarded;

  /**
   * @param guarded the resource methods the feature bound a Gatehouse filter to (filled later)
   */
  JerseyCallerBinding(Set<CallerInjection.Guarded> guarded) {
    this.guarded = new GuardedMethods(guarded);
  }

  @Override
  protected void configure() {
    bind(guarded).to(GuardedMethods.class);
    bindFactory(CallerSupplier.class).to((Type) Caller.class).proxy(false).in(PerLookup.class);
  }

  /** The resource methods Gatehouse guards. */
  record GuardedMethods(Set<CallerInjection.Guarded> methods) {}

  /** Supplies the current request's caller. */
  static final class CallerSupplier implements Supplier<Caller> {
    private final Provider<ContainerRequest> request;
    private final GuardedMethods guarded;

    @Inject
    CallerSupplier(Provider<ContainerRequest> request, GuardedMethods guarded) {
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
      if (matched == null || isGuarded(matched)) {
        throw new IllegalStateException(
            "The Gatehouse Caller is not known yet: Jersey makes resources (and what they inject)"
                + " before the security filter decides. Take \"@Context Caller caller\" as a"
                + " resource method parameter, or read GatehouseFeature.caller(securityContext) in"
                + " the method.");
      }
      return Caller.anonymous();
    }

    private boolean isGuarded(ResourceMethod matched) {
      Class<?> handler = matched.getInvocable().getHandler().getHandlerClass();
      return guarded
              .methods()
              .contains(
                  new CallerInjection.Guarded(handler, matched.getInvocable().getHandlingMethod()))
          || guarded
              .methods()
              .contains(
                  new CallerInjection.Guarded(
                      handler, matched.getInvocable().getDefinitionMethod()));
    }
  }
}
