package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.DecisionListener;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.test.TestCallers;
import dev.gatehouse.test.TestCredential;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * gatehouse-test's {@link TestCallers} over the generated glue of this module, on the JDK
 * HttpServer adapter: chosen principals and scopes per scheme reach the handler typed, the real
 * refusals and challenges stay, and the decision listener hears each request.
 */
class TestCallersTest {
  private static final TestCallers CALLERS = TestCallers.create();
  private static final TestCredential KEY = CALLERS.add("APIKeyHeader", "ci-bot");
  private static final TestCredential ALICE =
      CALLERS.add("HTTPBearer", new DemoUser("alice", "alice@example.com"), "items");
  private static final TestCredential ME_ONLY =
      CALLERS.add("OAuth2PasswordBearer", new DemoUser("bob", "bob@example.com"), "me");
  private static final List<DecisionListener.Event> EVENTS = new CopyOnWriteArrayList<>();

  private static HttpServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    // The module's DPoP scheme (KeycloakDpop) gets TestCallers' own proof checker, which knows
    // nobody: build() accepts the configuration as it is.
    Gatehouse gatehouse = CALLERS.configure(Gatehouse.builder()).listener(EVENTS::add).build();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server
        .createContext(
            "/",
            exchange -> {
              byte[] body =
                  Caller.full(GatehouseHttpFilter.caller(exchange))
                      .getBytes(StandardCharsets.UTF_8);
              exchange.sendResponseHeaders(200, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            })
        .getFilters()
        .add(GatehouseHttpFilter.operationsOnly(gatehouse));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void chosenPrincipalsAndScopesReachTheHandler() throws Exception {
    HttpResponse<String> both =
        get("/both", "X-API-Key", KEY.value(), "Authorization", ALICE.authorization());
    assertThat(both.statusCode()).isEqualTo(200);
    assertThat(both.body())
        .isEqualTo(
            "{\"schemes\":\"APIKeyHeader HTTPBearer\",\"principals\":\"ci-bot:String"
                + " alice:DemoUser\",\"email\":\"alice@example.com\",\"scopes\":\"items\","
                + "\"required\":\"\"}");
  }

  @Test
  void refusalsAreGatehousesOwn() throws Exception {
    HttpResponse<String> forbidden =
        get("/users/me/items", "Authorization", ME_ONLY.authorization());
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("error=\"insufficient_scope\"", "scope=\"items me\"");
    assertThat(get("/both", "X-API-Key", KEY.value()).statusCode()).isEqualTo(401);
    // A credential of one scheme is nobody to another.
    assertThat(get("/users/me", "Authorization", ALICE.authorization()).statusCode())
        .isEqualTo(401);
    assertThat(EVENTS)
        .anySatisfy(
            e -> {
              assertThat(e.operation()).isEqualTo("GET /users/me/items");
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.reason())
                  .hasValue(dev.gatehouse.runtime.Decision.Reason.INSUFFICIENT_SCOPE);
              assertThat(e.schemes()).containsExactly("OAuth2PasswordBearer");
            });
  }

  @Test
  void unknownSchemesAndApiKeysAsAuthorizationAreMistakesSaidAtOnce() {
    assertThatThrownBy(() -> CALLERS.add("HTTPBaerer", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTPBearer");
    assertThatThrownBy(KEY::authorization).isInstanceOf(IllegalStateException.class);
  }
}
