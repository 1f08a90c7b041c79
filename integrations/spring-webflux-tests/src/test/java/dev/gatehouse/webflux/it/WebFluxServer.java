package dev.gatehouse.webflux.it;

import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reactive Spring Boot sample on Reactor Netty, on a random loopback port: started once for all
 * test classes (they only send requests), stopped by Spring's shutdown hook.
 */
final class WebFluxServer {
  private static ConfigurableApplicationContext context;

  private WebFluxServer() {}

  static synchronized ConfigurableApplicationContext context() {
    if (context == null) {
      context =
          new SpringApplicationBuilder(WebFluxExample.class)
              .properties(
                  "server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
              .run();
    }
    return context;
  }

  static int port() {
    return Integer.parseInt(context().getEnvironment().getProperty("local.server.port"));
  }

  static URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }
}
