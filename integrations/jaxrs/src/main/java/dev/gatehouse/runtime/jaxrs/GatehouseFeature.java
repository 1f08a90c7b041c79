package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.ProtectedResourceMetadata;
import dev.gatehouse.runtime.spi.HandlerOperations;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards JAX-RS resources with Gatehouse, in one line: {@code resourceConfig.register(new
 * GatehouseFeature(gatehouse))}.
 *
 * <p>When the application starts, the runtime tells this feature which Java method serves each
 * resource; the feature looks that method up in the generated security glue of the endpoint
 * interfaces the resource class implements, and binds a filter holding that operation's security.
 * No path is matched a second time: the operation is the one the framework already chose. Resource
 * methods that implement no Gatehouse operation are left alone.
 *
 * <p>Resources read the verified caller with {@link #caller(SecurityContext)} from an injected
 * {@code @Context SecurityContext} (any JAX-RS implementation), or on Jersey simply as a
 * {@code @Context Caller caller} resource method parameter.
 */
public final class GatehouseFeature implements DynamicFeature, Feature {
  private final HandlerOperations operations;
  private final Optional<ProtectedResourceMetadata> metadata;

  /** The resource methods a Gatehouse filter guards, with their classes, as the runtime showed. */
  private final Set<CallerInjection.Guarded> guarded = ConcurrentHashMap.newKeySet();

  /** Whether {@code @Context Caller} is injectable here (Jersey). */
  private volatile boolean callerInjection;

  public GatehouseFeature(Gatehouse gatehouse) {
    this.operations = HandlerOperations.of(Objects.requireNonNull(gatehouse, "gatehouse"));
    this.metadata = gatehouse.protectedResourceMetadata();
  }

  /**
   * Registers the {@link ProtectedResourceMetadataFilter} when the API publishes RFC 9728 metadata
   * (JAX-RS calls this once, when the feature is registered).
   */
  @Override
  public boolean configure(FeatureContext context) {
    metadata.ifPresent(m -> context.register(new ProtectedResourceMetadataFilter(m)));
    if (CallerInjection.available()) {
      // On Jersey, resource methods may also take the caller as "@Context Caller caller".
      context.register(new JerseyCallerBinding(guarded));
      callerInjection = true;
    }
    return true;
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type == null || method == null) {
      return;
    }
    if (callerInjection) {
      // Every resource class Jersey shows us, guarded or not: a Caller field of one could only be
      // anonymous (it is made before any filter runs), also when it hands out guarded
      // sub-resources.
      CallerInjection.refuseCallerOutsideParameters(type);
    }
    operations
        .find(type, method)
        .ifPresent(
            op -> {
              guarded.add(new CallerInjection.Guarded(type, method));
              context.register(new GatehouseFilter(op), Priorities.AUTHENTICATION);
            });
  }

  /**
   * Every verified scheme of the current request, from an injected {@link SecurityContext}
   * ({@code @Context SecurityContext security}): the typed principals, granted and required scopes;
   * anonymous when no scheme verified the caller or the resource is no Gatehouse operation.
   */
  public static Caller caller(SecurityContext context) {
    // Containers hand resources a proxy of the request's context (Jersey, Quarkus REST): its
    // principal, read through the proxy, is the Caller.
    return context != null
            && context.getUserPrincipal() instanceof GatehouseFilter.CallerPrincipal p
        ? p.caller()
        : Caller.anonymous();
  }

  /** The verified caller of the current request, from an injected {@link SecurityContext}. */
  public static Optional<Authentication> authentication(SecurityContext context) {
    return caller(context).primary();
  }
}
