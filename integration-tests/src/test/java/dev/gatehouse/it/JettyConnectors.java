package dev.gatehouse.it;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty connectors configured as docs/servlet-and-jdk-http.md tells users to. */
public final class JettyConnectors {
  private JettyConnectors() {}

  /**
   * Adds to {@code server} a plain HTTP connector on 127.0.0.1 and a free port, its header cache
   * case-sensitive so that every credential reaches the application as sent (Jetty's default cache
   * matches {@code Authorization} and {@code Cookie} lines of one connection ignoring case).
   */
  public static ServerConnector loopback(Server server) {
    ServerConnector connector = new ServerConnector(server);
    connector
        .getConnectionFactory(HttpConnectionFactory.class)
        .getHttpConfiguration()
        .setHeaderCacheCaseSensitive(true);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    return connector;
  }
}
