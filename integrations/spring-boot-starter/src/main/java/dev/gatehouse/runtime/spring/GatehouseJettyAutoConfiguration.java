package dev.gatehouse.runtime.spring;

import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * On an embedded Jetty, makes Jetty's per-connection header cache case-sensitive.
 *
 * <p>Jetty's HTTP/1.1 parser remembers field lines such as {@code Authorization} and {@code Cookie}
 * per connection and, by default, matches a new line against them ignoring case: a token, password
 * or API-key cookie that differs from the connection's previous one only in the case of a letter
 * reaches the application as that previous value. Credentials are case-sensitive, so a forged
 * variant of a valid token would be verified as the valid one, and a valid one sent after its
 * variant refused. With the cache case-sensitive, Jetty reuses only a byte-identical line.
 *
 * <p>Applies to every HTTP connection factory (HTTP/1.1, and the HTTP/2 ones, behind TLS too) of
 * every Jetty server a web server factory of the context builds, Spring MVC and WebFlux on Jetty
 * alike; {@code gatehouse.jetty.case-sensitive-header-cache=false} turns it off.
 */
@AutoConfiguration
@ConditionalOnClass({JettyServerCustomizer.class, Server.class})
@ConditionalOnProperty(
    prefix = "gatehouse.jetty",
    name = "case-sensitive-header-cache",
    matchIfMissing = true)
public class GatehouseJettyAutoConfiguration {

  /**
   * Reaches every Jetty web server factory of the context, Boot's own and one the application
   * declares itself (Boot hands {@link JettyServerCustomizer} beans to its own factory only).
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory>
      gatehouseCaseSensitiveHeaderCache() {
    return factory ->
        factory.addServerCustomizers(GatehouseJettyAutoConfiguration::caseSensitiveHeaderCache);
  }

  /** Sets every HTTP connection factory of {@code server}'s connectors case-sensitive. */
  static void caseSensitiveHeaderCache(Server server) {
    for (Connector connector : server.getConnectors()) {
      for (ConnectionFactory factory : connector.getConnectionFactories()) {
        if (factory instanceof HttpConfiguration.ConnectionFactory http) {
          http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
        }
      }
    }
  }
}
