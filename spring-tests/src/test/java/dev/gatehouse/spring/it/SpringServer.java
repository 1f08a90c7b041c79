package dev.gatehouse.spring.it;

import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot sample on embedded Tomcat, on a random loopback port. */
final class SpringServer implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private SpringServer(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static SpringServer start(String... properties) {
    String[] all = new String[properties.length + 3];
    all[0] = "server.port=0";
    all[1] = "server.address=127.0.0.1";
    all[2] = "spring.main.banner-mode=off";
    System.arraycopy(properties, 0, all, 3, properties.length);
    return new SpringServer(
        new SpringApplicationBuilder(SpringExample.class).properties(all).run());
  }

  URI uri() {
    return URI.create(
        "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/");
  }

  @Override
  public void close() {
    context.close();
  }
}
