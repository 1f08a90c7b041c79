package dev.gatehouse.runtime.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.jetty.reactive.JettyReactiveWebServerFactory;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizerBeanPostProcessor;

/**
 * A WebFlux application on Spring Boot's embedded Jetty gets a case-sensitive header cache, so that
 * a credential differing from the connection's previous one only in the case of a letter reaches it
 * as sent.
 */
class GatehouseReactiveJettyAutoConfigurationTest {
  private static final AutoConfigurations JETTY =
      AutoConfigurations.of(GatehouseReactiveJettyAutoConfiguration.class);
  private static final String BEAN = "gatehouseReactiveCaseSensitiveHeaderCache";

  @Test
  void aJettyApplicationGetsTheCustomizerUnlessSwitchedOff() {
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .run(context -> assertThat(context).hasBean(BEAN));
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .withPropertyValues("gatehouse.jetty.case-sensitive-header-cache=false")
        .run(context -> assertThat(context).doesNotHaveBean(BEAN));
  }

  @Test
  void nothingWithoutSpringBootsJettySupport() {
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .withClassLoader(new FilteredClassLoader(JettyServerCustomizer.class))
        .run(context -> assertThat(context).doesNotHaveBean(BEAN));
  }

  /** Also a reactive factory the application declares itself. */
  @Test
  void aJettyFactoryTheApplicationDeclaresIsCustomizedToo() {
    new ApplicationContextRunner()
        .withConfiguration(JETTY)
        .withBean(WebServerFactoryCustomizerBeanPostProcessor.class)
        .withBean(JettyReactiveWebServerFactory.class, () -> new JettyReactiveWebServerFactory(0))
        .run(
            context ->
                assertThat(
                        context.getBean(JettyReactiveWebServerFactory.class).getServerCustomizers())
                    .hasSize(1));
  }

  /**
   * The server Boot's reactive Jetty factory builds has every HTTP connection factory
   * case-sensitive; what that changes on the wire is shown on Boot's servlet Jetty by the starter's
   * {@code GatehouseJettyAutoConfigurationTest} and on plain Jetty by the integration tests.
   */
  @Test
  void theServerBootBuildsHasACaseSensitiveHeaderCache() {
    WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> customizer =
        new GatehouseReactiveJettyAutoConfiguration().gatehouseReactiveCaseSensitiveHeaderCache();
    assertThat(headerCacheCaseSensitivity(customizer)).isNotEmpty().containsOnly(true);
  }

  /** Jetty's default, which the auto-configuration changes: the check above can fail. */
  @Test
  void withoutItJettysHeaderCacheIgnoresCase() {
    assertThat(headerCacheCaseSensitivity(factory -> {})).isNotEmpty().containsOnly(false);
  }

  /** Each HTTP connection factory's setting on the server the customized factory builds. */
  private static List<Boolean> headerCacheCaseSensitivity(
      WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> customizer) {
    JettyReactiveWebServerFactory factory = new JettyReactiveWebServerFactory(0);
    customizer.customize(factory);
    JettyWebServer server =
        (JettyWebServer) factory.getWebServer((request, response) -> response.setComplete());
    List<Boolean> seen = new ArrayList<>();
    server.start(); // Boot hands Jetty its connectors when it starts
    try {
      for (Connector connector : server.getServer().getConnectors()) {
        for (ConnectionFactory http : connector.getConnectionFactories()) {
          if (http instanceof HttpConfiguration.ConnectionFactory configured) {
            seen.add(configured.getHttpConfiguration().isHeaderCacheCaseSensitive());
          }
        }
      }
    } finally {
      server.stop();
    }
    return seen;
  }
}
