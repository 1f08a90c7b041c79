package dev.gatehouse.it.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.it.ItemsResource;
import dev.gatehouse.it.JettyConnectors;
import dev.gatehouse.it.KindsResource;
import dev.gatehouse.it.UsersResource;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.ProtectedResourceMetadata;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.servlet.GatehouseServletFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 9728 on every servlet-less and servlet adapter: the protected-resource metadata is served at
 * its well-known path (with the resource's path after it, section 3.1), and every Bearer challenge
 * names it as {@code resource_metadata} (section 5.1). Spring MVC and WebFlux are covered by their
 * own suites.
 */
class ResourceMetadataAdaptersTest {
  static final String RESOURCE = "https://api.example.com/shop";
  static final String JSON =
      "{\n  \"resource\": \""
          + RESOURCE
          + "\",\n  \"authorization_servers\": [\n"
          + "    \"https://id.example.com\"\n  ],\n  \"bearer_methods_supported\": [\n"
          + "    \"header\"\n  ]\n}\n";
  static final String WELL_KNOWN = "/.well-known/oauth-protected-resource/shop";
  static final String METADATA_URL = "https://api.example.com" + WELL_KNOWN;

  private static HttpServer jdk;
  private static HttpServer jersey;
  private static Server jetty;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  static Gatehouse gatehouse() {
    return AdapterFixture.builder(false)
        .protectedResourceMetadata(ProtectedResourceMetadata.of(JSON))
        .build();
  }

  @BeforeAll
  static void start() throws Exception {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    jdk = HttpServer.create(loopback, 0);
    jdk.createContext(
            "/",
            exchange -> {
              exchange.sendResponseHeaders(404, -1);
              exchange.close();
            })
        .getFilters()
        .add(new GatehouseHttpFilter(gatehouse()));
    jdk.start();

    jersey =
        JdkHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"),
            new ResourceConfig()
                .register(ItemsResource.class)
                .register(UsersResource.class)
                .register(KindsResource.class)
                .register(new GatehouseFeature(gatehouse())));

    jetty = new Server();
    ServerConnector connector = JettyConnectors.loopback(jetty);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(new GatehouseServletFilter(gatehouse())),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(
        new ServletHolder(
            new HttpServlet() {
              @Override
              protected void service(HttpServletRequest req, HttpServletResponse resp)
                  throws IOException {
                resp.sendError(404);
              }
            }),
        "/*");
    jetty.setHandler(context);
    jetty.start();
  }

  @AfterAll
  static void stop() throws Exception {
    jdk.stop(0);
    jersey.stop(0);
    jetty.stop();
  }

  static Stream<String> adapters() {
    return Stream.of("jdk", "jersey", "servlet");
  }

  private static URI base(String adapter) {
    return switch (adapter) {
      case "jdk" -> URI.create("http://127.0.0.1:" + jdk.getAddress().getPort());
      case "jersey" -> URI.create("http://127.0.0.1:" + jersey.getAddress().getPort());
      case "servlet" ->
          URI.create(
              "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort());
      default -> throw new IllegalArgumentException(adapter);
    };
  }

  private static HttpResponse<String> send(String adapter, String method, String path)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(base(adapter).resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @MethodSource("adapters")
  void theMetadataIsServedAtItsWellKnownPath(String adapter) throws Exception {
    HttpResponse<String> response = send(adapter, "GET", WELL_KNOWN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.body()).isEqualTo(JSON);
  }

  @ParameterizedTest
  @MethodSource("adapters")
  void headIsAnsweredWithoutABody(String adapter) throws Exception {
    HttpResponse<String> response = send(adapter, "HEAD", WELL_KNOWN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("adapters")
  void otherPathsAndMethodsAreNotTheMetadata(String adapter) throws Exception {
    for (Function<String, HttpResponse<String>> request :
        List.<Function<String, HttpResponse<String>>>of(
            a -> unchecked(() -> send(a, "POST", WELL_KNOWN)),
            a -> unchecked(() -> send(a, "GET", "/.well-known/oauth-protected-resource")),
            a -> unchecked(() -> send(a, "GET", WELL_KNOWN + "/")),
            a -> unchecked(() -> send(a, "GET", "/.well-known/oauth-protected-resource%2Fshop")))) {
      HttpResponse<String> response = request.apply(adapter);
      assertThat(response.body()).doesNotContain(RESOURCE);
    }
  }

  @ParameterizedTest
  @MethodSource("adapters")
  void bearerChallengesNameTheMetadata(String adapter) throws Exception {
    HttpResponse<String> response = send(adapter, "GET", "/items/1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .contains(
            "Bearer realm=\""
                + AdapterFixture.REALM
                + "\", resource_metadata=\""
                + METADATA_URL
                + "\"")
        .contains(AdapterFixture.KEY_CHALLENGE);
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T unchecked(Call<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
