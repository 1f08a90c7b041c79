package dev.gatehouse.runtime.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a JAX-RS implementation other than Jersey (Quarkus REST, RESTEasy) nothing of Jersey is on the
 * class path: the feature must still load, register and bind, and never touch the Jersey-only
 * {@code @Context Caller} binding. Run in a class loader holding this module's class path minus
 * every Jersey, HK2 and jakarta.inject jar.
 */
class WithoutJerseyTest {

  /** A class loader that can say which classes it has loaded. */
  private static final class Isolated extends URLClassLoader {
    Isolated(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    boolean hasLoaded(String name) {
      return findLoadedClass(name) != null;
    }
  }

  private static Isolated withoutJersey() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      if (name.contains("/org/glassfish/")
          || name.contains("jersey")
          || name.contains("hk2")
          || name.contains("jakarta.inject")) {
        continue;
      }
      urls.add(new File(entry).toURI().toURL());
    }
    return new Isolated(urls.toArray(URL[]::new));
  }

  @Test
  void theFeatureConfiguresWithoutAnyJerseyClass() throws Exception {
    try (Isolated loader = withoutJersey()) {
      assertThat(loadable(loader, "org.glassfish.jersey.server.ContainerRequest")).isFalse();

      Class<?> injection = Class.forName(CallerInjection.class.getName(), true, loader);
      Method available = injection.getDeclaredMethod("available");
      available.setAccessible(true);
      assertThat(available.invoke(null)).isEqualTo(false);

      Class<?> gatehouseType = Class.forName("dev.gatehouse.runtime.Gatehouse", true, loader);
      Object builder = gatehouseType.getMethod("builder").invoke(null);
      builder =
          builder
              .getClass()
              .getMethod("generated", List.class, List.class)
              .invoke(builder, List.of(), List.of());
      Object gatehouse = builder.getClass().getMethod("build").invoke(builder);
      Class<?> featureType = Class.forName(GatehouseFeature.class.getName(), true, loader);
      Object feature = featureType.getConstructor(gatehouseType).newInstance(gatehouse);

      Class<?> contextType = Class.forName("jakarta.ws.rs.core.FeatureContext", true, loader);
      List<Object> registered = new ArrayList<>();
      Object context =
          Proxy.newProxyInstance(
              loader,
              new Class<?>[] {contextType},
              (proxy, method, args) -> {
                if (method.getName().equals("register")) {
                  registered.add(args[0]);
                  return proxy;
                }
                return null;
              });
      Object configured = featureType.getMethod("configure", contextType).invoke(feature, context);

      assertThat(configured).isEqualTo(true);
      assertThat(registered).isEmpty();
      assertThat(loader.hasLoaded(JerseyCallerBinding.class.getName())).isFalse();
    }
  }

  private static boolean loadable(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
