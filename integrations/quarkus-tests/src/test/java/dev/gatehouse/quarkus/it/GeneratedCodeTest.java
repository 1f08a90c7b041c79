package dev.gatehouse.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.ItemsApi;
import dev.gatehouse.it.ItemsResource;
import dev.gatehouse.it.KindsApi;
import dev.gatehouse.it.UsersApi;
import dev.gatehouse.it.keycloak.KeycloakItemsApi;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.spi.HandlerOperations;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The processor's service-loader files are read in Quarkus's class loader: the application's {@link
 * Gatehouse} bean knows every endpoint interface, and the generated classes it was built from are
 * the application's own, not copies from another loader.
 */
@QuarkusTest
class GeneratedCodeTest {
  @Inject Gatehouse gatehouse;

  @Test
  void theGatehouseBeanKnowsEveryEndpointInterface() {
    HandlerOperations operations = HandlerOperations.of(gatehouse);
    for (Class<?> api :
        List.of(ItemsApi.class, UsersApi.class, KindsApi.class, KeycloakItemsApi.class)) {
      for (java.lang.reflect.Method method : api.getDeclaredMethods()) {
        if (method.isSynthetic() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        assertThat(operations.find(api, method))
            .as(api.getName() + "." + method.getName())
            .isPresent();
      }
    }
  }

  @Test
  void theGeneratedClassesComeFromTheApplicationsClassLoader() {
    ClassLoader application = ItemsResource.class.getClassLoader();
    assertThat(application.getClass().getName())
        .isEqualTo("io.quarkus.bootstrap.classloading.QuarkusClassLoader");
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(application);

    List<Object> found = new ArrayList<>();
    ServiceLoader.load(GeneratedEndpoint.class, application).forEach(found::add);
    assertThat(found).hasSize(4);
    ServiceLoader.load(GeneratedScheme.class, application).forEach(found::add);
    assertThat(found).hasSize(4 + 11);
    assertThat(found)
        .allSatisfy(g -> assertThat(g.getClass().getClassLoader()).isSameAs(application));
  }
}
