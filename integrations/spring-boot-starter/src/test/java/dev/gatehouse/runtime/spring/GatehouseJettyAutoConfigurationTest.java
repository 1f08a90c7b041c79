package dev.gatehouse.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizerBeanPostProcessor;

/**
 * On Spring Boot's embedded Jetty, credentials reach the application as the client sent them, also
 * when one differs from the connection's previous one only in the case of a letter.
 */
class GatehouseJettyAutoConfigurationTest {
  private static final AutoConfigurations JETTY =
      AutoConfigurations.of(GatehouseJettyAutoConfiguration.class);

  @Test
  void aJettyApplicationGetsTheCustomizerUnlessSwitchedOff() {
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .run(context -> assertThat(context).hasBean("gatehouseCaseSensitiveHeaderCache"));
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .withPropertyValues("gatehouse.jetty.case-sensitive-header-cache=false")
        .run(context -> assertThat(context).doesNotHaveBean("gatehouseCaseSensitiveHeaderCache"));
  }

  /** Also a factory the application declares itself, which Boot's own customizers never see. */
  @Test
  void aJettyFactoryTheApplicationDeclaresIsCustomizedToo() {
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .withBean(WebServerFactoryCustomizerBeanPostProcessor.class)
        .withBean(JettyServletWebServerFactory.class, () -> new JettyServletWebServerFactory(0))
        .run(
            context ->
                assertThat(
                        context.getBean(JettyServletWebServerFactory.class).getServerCustomizers())
                    .hasSize(1));
  }

  @Test
  void nothingWithoutSpringBootsJettySupport() {
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .withClassLoader(new FilteredClassLoader(JettyServerCustomizer.class))
        .run(context -> assertThat(context).doesNotHaveBean("gatehouseCaseSensitiveHeaderCache"));
  }

  @Test
  void withTheCustomizerEveryValueArrivesAsSentOnOneConnection() throws Exception {
    WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> customizer =
        new GatehouseJettyAutoConfiguration().gatehouseCaseSensitiveHeaderCache();
    assertThat(echoed(customizer, "Authorization", "Bearer abcdefgh", "Bearer ABCdefgh"))
        .containsExactly("Bearer abcdefgh", "Bearer ABCdefgh", "Bearer abcdefgh");
    assertThat(echoed(customizer, "Cookie", "api_key=k3yValue", "api_key=K3YVALUE"))
        .containsExactly("api_key=k3yValue", "api_key=K3YVALUE", "api_key=k3yValue");
  }

  /**
   * Without it, Jetty hands the second request the first one's value: what the auto-configuration
   * exists for, and the proof that the requests above shared one connection.
   */
  @Test
  void withoutItJettyReplacesACaseVariantByTheConnectionsPreviousValue() throws Exception {
    assertThat(echoed(factory -> {}, "Authorization", "Bearer abcdefgh", "Bearer ABCdefgh"))
        .containsExactly("Bearer abcdefgh", "Bearer abcdefgh", "Bearer abcdefgh");
  }

  /**
   * Sends {@code first}, {@code second}, {@code first} as field {@code name} on one connection to
   * Spring Boot's Jetty, its factory given to {@code customizer}; what the servlet read each time.
   */
  private static List<String> echoed(
      WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> customizer,
      String name,
      String first,
      String second)
      throws Exception {
    JettyServletWebServerFactory factory = new JettyServletWebServerFactory("", 0);
    customizer.customize(factory);
    WebServer server =
        factory.getWebServer(
            context ->
                context
                    .addServlet(
                        "echo",
                        new HttpServlet() {
                          private static final long serialVersionUID = 1L;

                          @Override
                          protected void doGet(
                              HttpServletRequest request, HttpServletResponse response)
                              throws IOException {
                            response.setContentType("text/plain; charset=UTF-8");
                            response.getWriter().write(String.valueOf(request.getHeader(name)));
                          }
                        })
                    .addMapping("/"));
    server.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/");
      // One client, one request at a time: the JDK client reuses its idle connection.
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<String> seen = new ArrayList<>();
      for (String value : List.of(first, second, first)) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(uri).header(name, value).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        seen.add(response.body());
      }
      return seen;
    } finally {
      server.stop();
    }
  }
}
