package dev.gatehouse.it;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The sample service: Jersey on the JDK's HTTP server, guarded by Gatehouse. */
public final class ExampleServer implements AutoCloseable {
  private final HttpServer server;

  private ExampleServer(HttpServer server) {
    this.server = server;
  }

  /** Starts the service on {@code host:port} (port 0 picks a free one). */
  public static ExampleServer start(String host, int port) {
    Gatehouse gatehouse = ExampleSecurity.gatehouse();
    ResourceConfig config =
        new ResourceConfig()
            .register(ItemsResource.class)
            .register(UsersResource.class)
            .register(KindsResource.class)
            .register(dev.gatehouse.it.keycloak.KeycloakItemsResource.class)
            .register(new GatehouseFeature(gatehouse));
    HttpServer server =
        JdkHttpServerFactory.createHttpServer(
            URI.create("http://" + host + ":" + port + "/"), config);
    return new ExampleServer(server);
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8000}. */
  public URI uri() {
    return URI.create(
        "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  public static void main(String[] args) throws InterruptedException {
    ExampleServer server = start("127.0.0.1", 8000);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("Gatehouse example service on " + server.uri());
    Thread.currentThread().join();
  }
}
