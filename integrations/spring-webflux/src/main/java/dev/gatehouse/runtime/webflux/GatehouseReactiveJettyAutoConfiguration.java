package dev.gatehouse.runtime.webflux;

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
 * A WebFlux application on Spring Boot's embedded Jetty: makes Jetty's per-connection header cache
 * case-sensitive, as {@code gatehouse-spring-boot-starter} does for Spring MVC.
 *
 * <p>Jetty's HTTP/1.1 parser remembers field lines such as {@code Authorization} and {@code Cookie}
 * per connection and by default matches a new line against them ignoring case: a credential that
 * differs from the connection's previous one only in the case of a letter reaches the application
 * as that previous value, so a forged variant of a valid token would be verified as the valid one.
 * With the cache case-sensitive, Jetty reuses only a byte-identical line. Applies to every HTTP
 * connection factory of every Jetty server a web server factory of the context builds (Boot's own
 * and one the application declares); {@code gatehouse.jetty.case-sensitive-header-cache=false}
 * turns it off. On Reactor Netty, the starter's default server, it does nothing.
 */
@AutoConfiguration
@ConditionalOnClass({JettyServerCustomizer.class, Server.class})
@ConditionalOnProperty(
    prefix = "gatehouse.jetty",
    name = "case-sensitive-header-cache",
    matchIfMissing = true)
public class GatehouseReactiveJettyAutoConfiguration {

  /** Gives every Jetty web server factory of the context a server customizer. */
  @Bean
  WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory>
      gatehouseReactiveCaseSensitiveHeaderCache() {
    return factory ->
        factory.addServerCustomizers(
            server -> {
              for (Connector connector : server.getConnectors()) {
                for (ConnectionFactory http : connector.getConnectionFactories()) {
                  if (http instanceof HttpConfiguration.ConnectionFactory configured) {
                    configured.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
                  }
                }
              }
            });
  }
}
