package dev.gatehouse.it.keycloak;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.servlet.GatehouseServletFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@link KeycloakBoundItemsApi} guarded by one Gatehouse configured as an application would (the
 * OpenID Connect verifier from the generated discovery URL, {@code DpopProofVerifier} defaults,
 * certificates from the TLS session), served three times: by Jersey over HTTP, and over TLS with
 * the {@link TestPki} server certificate, asking for (not requiring) client certificates of the
 * test CA, by the JDK {@code HttpsServer} adapter and by the Servlet filter on Jetty (which Spring
 * MVC shares).
 */
final class BoundApi implements AutoCloseable {
  private final HttpServer jersey;
  private final HttpsServer tls;
  private final Server jetty;

  private BoundApi(HttpServer jersey, HttpsServer tls, Server jetty) {
    this.jersey = jersey;
    this.tls = tls;
    this.jetty = jetty;
  }

  static BoundApi start(TestPki pki) {
    Gatehouse gatehouse =
        Gatehouse.builder()
            .generated(
                List.of(
                    new KeycloakSchemes_KeycloakDpop_CredentialExtractor(),
                    new KeycloakSchemes_KeycloakMtls_CredentialExtractor()),
                List.of(new KeycloakBoundItemsApi_Security()))
            .bearer(KeycloakSchemes.DPOP, verifier())
            .dpop(KeycloakSchemes.DPOP, DpopProofVerifier.builder().build())
            .bearer(KeycloakSchemes.MTLS, verifier())
            .build();
    HttpServer jersey =
        JdkHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"),
            new ResourceConfig()
                .register(KeycloakBoundItemsResource.class)
                .register(new GatehouseFeature(gatehouse)));
    try {
      HttpsServer tls = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      tls.setHttpsConfigurator(
          new HttpsConfigurator(pki.sslContext(TestPki.SERVER)) {
            @Override
            public void configure(HttpsParameters params) {
              SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
              ssl.setWantClientAuth(true);
              params.setSSLParameters(ssl);
            }
          });
      tls.createContext(
              "/keycloak/",
              exchange -> {
                Authentication a = GatehouseHttpFilter.authentication(exchange).orElseThrow();
                byte[] body =
                    ("{\"operation\":\"mtlsItems\",\"user\":\""
                            + a.name()
                            + "\",\"scheme\":\""
                            + a.scheme()
                            + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                  out.write(body);
                }
              })
          .getFilters()
          .add(GatehouseHttpFilter.operationsOnly(gatehouse));
      tls.start();
      return new BoundApi(jersey, tls, jetty(pki, gatehouse));
    } catch (Exception e) {
      jersey.stop(0);
      throw new IllegalStateException("Could not start the TLS listeners", e);
    }
  }

  /** Jetty over TLS; its SecureRequestCustomizer sets the Servlet certificate attribute. */
  private static Server jetty(TestPki pki, Gatehouse gatehouse) throws Exception {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setSslContext(pki.sslContext(TestPki.SERVER));
    ssl.setWantClientAuth(true);
    HttpConfiguration https = new HttpConfiguration();
    https.addCustomizer(new SecureRequestCustomizer());
    https.setHeaderCacheCaseSensitive(true); // credentials as sent (docs/servlet-and-jdk-http.md)
    Server jetty = new Server();
    ServerConnector connector =
        new ServerConnector(
            jetty,
            new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
            new HttpConnectionFactory(https));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(GatehouseServletFilter.operationsOnly(gatehouse)),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(
        new ServletHolder(
            new HttpServlet() {
              @Override
              protected void doGet(HttpServletRequest request, HttpServletResponse response)
                  throws IOException {
                Authentication a = GatehouseServletFilter.authentication(request).orElseThrow();
                String operation =
                    request.getRequestURI().contains("/dpop/") ? "dpopItems" : "mtlsItems";
                response.setContentType("application/json");
                response
                    .getWriter()
                    .write(
                        "{\"operation\":\""
                            + operation
                            + "\",\"user\":\""
                            + a.name()
                            + "\",\"scheme\":\""
                            + a.scheme()
                            + "\"}");
              }
            }),
        "/*");
    jetty.setHandler(context);
    jetty.start();
    return jetty;
  }

  /** Keycloak's tokens as {@link ProtectedApi}'s OpenID Connect scheme verifies them. */
  private static dev.gatehouse.runtime.jwt.JwtVerifier verifier() {
    return ProtectedApi.openIdConnectVerifier(MutableClock.system(), ProtectedApi.DEFAULT_TTL);
  }

  /** The Jersey server's URL of {@code path}, as the client signs it into {@code htu}. */
  URI http(String path) {
    return URI.create("http://127.0.0.1:" + jersey.getAddress().getPort() + path);
  }

  /** The JDK {@code HttpsServer}'s URL of {@code path}. */
  URI https(String path) {
    return URI.create("https://127.0.0.1:" + tls.getAddress().getPort() + path);
  }

  /** Jetty's URL of {@code path}. */
  URI servlet(String path) {
    int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    return URI.create("https://127.0.0.1:" + port + path);
  }

  /** {@code GET url} with the given header name/value pairs, over {@code client}. */
  static HttpResponse<String> get(HttpClient client, URI url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A client over TLS trusting the test CA, presenting the certificate of {@code name} (or none).
   */
  static HttpClient tlsClient(TestPki pki, String name) {
    SSLContext context = pki.sslContext(name);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Override
  public void close() {
    jersey.stop(0);
    tls.stop(0);
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
