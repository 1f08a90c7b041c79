package dev.gatehouse.it.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.ExampleSecurity;
import dev.gatehouse.it.Http;
import dev.gatehouse.it.JettyConnectors;
import dev.gatehouse.it.KeepAliveConnection;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.servlet.GatehouseServletFilter;
import dev.gatehouse.runtime.spi.Operation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Servlet adapter on Jetty 12 (ee10): one servlet per operation, mapped exactly or, for a
 * template, by prefix; the filter on {@code /*} in its default mode, so {@code /static/*} passes.
 */
class JettyServletAdapterTest extends AdapterContract {
  private static Server server;
  private static RawHttp http;

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    ServerConnector connector = JettyConnectors.loopback(server);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(new GatehouseServletFilter(AdapterFixture.gatehouse())),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    for (Operation op : AdapterFixture.operations()) {
      boolean template = op.path().contains("{");
      String mapping = template ? op.path().substring(0, op.path().indexOf('{')) + "*" : op.path();
      String name = AdapterFixture.handlerName(op);
      context.addServlet(new ServletHolder(name, new Handler(name, template ? op : null)), mapping);
    }
    context.addServlet(new ServletHolder("static", new Handler("static", null)), "/static/*");
    ServletContextHandler down = new ServletContextHandler();
    down.setContextPath("/down");
    down.addFilter(
        new FilterHolder(GatehouseServletFilter.operationsOnly(AdapterFixture.basicUnavailable())),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    down.addServlet(new ServletHolder("admin", new Handler("admin", null)), "/admin");
    server.setHandler(new ContextHandlerCollection(context, down));
    server.start();
    http = new RawHttp(connector.getLocalPort());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Override
  RawHttp http() {
    return http;
  }

  /**
   * Configured as docs/servlet-and-jdk-http.md says ({@link JettyConnectors}), Jetty hands the
   * filter every credential as sent: on one kept-alive connection, a token's one-letter case
   * variant right after the token is refused, and the token after its variant let in (with Jetty's
   * default header cache, the variant arrived as the token and the other way round).
   */
  @Test
  void aCaseVariantOfTheConnectionsPreviousTokenIsJudgedAsSent() throws Exception {
    String token = "Bearer " + ExampleSecurity.demoToken("me");
    String variant = "Bearer " + Http.caseVariant(ExampleSecurity.demoToken("me"));
    try (KeepAliveConnection connection =
        new KeepAliveConnection(http.port(), Duration.ofSeconds(10))) {
      assertThat(connection.send("/users/me", "Authorization", token)).isEqualTo(200);
      assertThat(connection.send("/users/me", "Authorization", variant)).isEqualTo(401);
      assertThat(connection.send("/users/me", "Authorization", token)).isEqualTo(200);
    }
  }

  /**
   * Answers GET with the operation and caller. A prefix-mapped handler serves only requests the
   * filter matched to its operation (docs/servlet-and-jdk-http.md), since the mapping is wider.
   */
  private static final class Handler extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String requiredOperation;

    Handler(String name, Operation prefixMappedOperation) {
      this.name = name;
      this.requiredOperation = prefixMappedOperation == null ? null : prefixMappedOperation.key();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (requiredOperation != null
          && !GatehouseServletFilter.operation(request).equals(Optional.of(requiredOperation))) {
        response.sendError(404);
        return;
      }
      Optional<Authentication> caller =
          request.getUserPrincipal() instanceof Authentication a
              ? Optional.of(a)
              : Optional.empty();
      if (name.equals("admin") && caller.isEmpty()) {
        ADMIN_WITHOUT_CALLER.incrementAndGet();
      }
      response.setHeader("X-Auth-Type", String.valueOf(request.getAuthType()));
      response.setHeader("X-Remote-User", String.valueOf(request.getRemoteUser()));
      response.setHeader("X-In-Role-Admin", String.valueOf(request.isUserInRole("admin")));
      response.setContentType("application/json");
      String operation =
          name.equals("form")
              ? "form:" + Optional.ofNullable(request.getParameter("note")).orElse("")
              : name;
      String text =
          "full".equals(request.getHeader(dev.gatehouse.it.Caller.FULL))
              ? dev.gatehouse.it.Caller.full(GatehouseServletFilter.caller(request))
              : AdapterFixture.caller(operation, caller);
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  @Test
  void contextPathIsStrippedAndAnUnavailableVerifierIs503WithRetryAfter() {
    RawHttp.Response response =
        http.get("/down/admin", "Authorization", AdapterFixture.basic("admin", "x"));
    assertRefused(response, 503, List.of(), "Authentication is temporarily unavailable");
    assertThat(response.first("Retry-After")).isEqualTo("30");
    assertRefused(http.get("/down/hello/x"), 404, List.of(), "Not Found");
    assertThat(http.get("/down/items/..;/admin").status()).isEqualTo(400);
    for (String other : List.of("/down;x/admin", "/%64own/admin", "/down//admin", "/down/admin/")) {
      assertThat(http.get(other).status()).as(other).isBetween(400, 499);
    }
  }

  @Test
  void principalRolesAndAuthTypeComeFromTheAuthentication() {
    RawHttp.Response response =
        http.get(
            "/admin",
            "Authorization",
            AdapterFixture.basic("admin", "correct horse battery staple"));
    assertThat(response.first("X-Auth-Type")).isEqualTo("HTTPBasic");
    assertThat(response.first("X-Remote-User")).isEqualTo("admin");
    assertThat(response.first("X-In-Role-Admin")).isEqualTo("true");
    assertThat(
            http.get("/items", "X-API-Key", dev.gatehouse.it.ExampleSecurity.API_KEY)
                .first("X-In-Role-Admin"))
        .isEqualTo("false");
  }

  @Test
  void nonOperationsPassAndPrefixMappedHandlersServeOnlyTheirOperation() {
    assertThat(http.get("/static/logo.png").body())
        .isEqualTo("{\"operation\":\"static\",\"user\":null}");
    assertThat(
            http.get("/items/1/2", "X-API-Key", dev.gatehouse.it.ExampleSecurity.API_KEY).status())
        .isEqualTo(404);
    assertThat(http.get("/static/%2e%2e/admin").status()).isEqualTo(400);
  }
}
