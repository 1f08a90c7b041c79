package dev.gatehouse.runtime.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feature binds a filter to exactly the resource methods that implement a Gatehouse operation,
 * at {@link Priorities#AUTHENTICATION}. (Requests through a real JAX-RS implementation are
 * integration-tests' {@code EnforcementTest} and the example's tests.)
 */
class GatehouseFeatureTest {

  /** An endpoint interface, as users write it. */
  interface ItemsApi {
    String item(String id);
  }

  static class ItemsResource implements ItemsApi {
    @Override
    public String item(String id) {
      return id;
    }

    public String health() {
      return "ok";
    }
  }

  private static final GatehouseFeature FEATURE =
      new GatehouseFeature(
          Gatehouse.builder()
              .generated(
                  List.of(),
                  List.of(
                      new GeneratedEndpoint() {
                        @Override
                        public String endpointInterface() {
                          return ItemsApi.class.getName();
                        }

                        @Override
                        public List<OperationSecurity> operations() {
                          return List.of(
                              OperationSecurity.open(
                                  "item(java.lang.String)", "GET", "/items/{id}"));
                        }

                        @Override
                        public String documentTitle() {
                          return "Items";
                        }
                      }))
              .build());

  /** What the feature registered for one resource method: each component with its priority. */
  private static List<Object> configure(Class<?> type, Method method) {
    List<Object> registered = new ArrayList<>();
    ResourceInfo resource =
        (ResourceInfo)
            Proxy.newProxyInstance(
                ResourceInfo.class.getClassLoader(),
                new Class<?>[] {ResourceInfo.class},
                (proxy, m, args) -> m.getName().equals("getResourceClass") ? type : method);
    FeatureContext context =
        (FeatureContext)
            Proxy.newProxyInstance(
                FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class},
                (proxy, m, args) -> {
                  if (m.getName().equals("register")) {
                    registered.add(args[0]);
                    registered.add(args[1]);
                  }
                  return proxy;
                });
    FEATURE.configure(resource, context);
    return registered;
  }

  @Test
  void aResourceMethodImplementingAnOperationGetsTheFilterAtAuthenticationPriority()
      throws Exception {
    List<Object> registered =
        configure(ItemsResource.class, ItemsResource.class.getMethod("item", String.class));
    assertThat(registered).hasSize(2);
    assertThat(registered.get(0)).isInstanceOf(GatehouseFilter.class);
    assertThat(registered.get(1)).isEqualTo(Priorities.AUTHENTICATION);
  }

  @Test
  void otherResourceMethodsAreLeftAlone() throws Exception {
    assertThat(configure(ItemsResource.class, ItemsResource.class.getMethod("health"))).isEmpty();
    assertThat(configure(null, null)).isEmpty();
  }
}
