package dev.gatehouse.runtime.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK adapter on a real {@code HttpServer}: refusals as the SPI's {@code Refusal} describes
 * them, the caller and operation handed to the handler, the path and 404 rules. (The whole
 * contract, every scheme against a real server, is {@code dev.gatehouse.it.adapters} in
 * integration-tests.)
 */
class GatehouseHttpFilterTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static HttpServer server;

  /** One operation, {@code GET /items/{id}}: an API key or a bearer token. */
  static Gatehouse gatehouse() {
    SchemeDefinition key =
        new SchemeDefinition("Key", SchemeKind.API_KEY, "", "", Extractors.apiKeyHeader("X-Key"));
    SchemeDefinition bearer =
        new SchemeDefinition("Token", SchemeKind.BEARER, "", "", Extractors.bearer());
    GeneratedScheme keyScheme = () -> key;
    GeneratedScheme bearerScheme = () -> bearer;
    GeneratedEndpoint endpoint =
        new GeneratedEndpoint() {
          @Override
          public String endpointInterface() {
            return "com.example.ItemsApi";
          }

          @Override
          public List<OperationSecurity> operations() {
            return List.of(
                OperationSecurity.required(
                    "item(java.lang.String)",
                    "GET",
                    "/items/{id}",
                    false,
                    List.of(SchemeRequirement.of("Key")),
                    List.of(SchemeRequirement.of("Token"))));
          }

          @Override
          public String documentTitle() {
            return "Items";
          }
        };
    return Gatehouse.builder()
        .generated(List.of(keyScheme, bearerScheme), List.of(endpoint))
        .apiKey(
            "Key",
            k -> "k-1".equals(k.key()) ? Verification.granted("alice") : Verification.rejected())
        .bearer("Token", t -> Verification.rejected())
        .build();
  }

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server
        .createContext(
            "/items",
            exchange -> {
              String caller =
                  GatehouseHttpFilter.authentication(exchange).map(a -> a.name()).orElse("-");
              byte[] body =
                  (GatehouseHttpFilter.operation(exchange).orElse("-") + " " + caller)
                      .getBytes(StandardCharsets.UTF_8);
              exchange.sendResponseHeaders(200, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            })
        .getFilters()
        .add(GatehouseHttpFilter.operationsOnly(gatehouse()));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRefusalCarriesEveryChallengeInOrderNoStoreAndTheJsonBody() throws Exception {
    HttpResponse<String> response = send("GET", "/items/1");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .containsExactly("APIKey realm=\"Items\"", "Bearer realm=\"Items\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=UTF-8");
    assertThat(response.body())
        .isEqualTo(
            "{\"detail\":\"Not authenticated; send an API key (scheme Key) or a Bearer token"
                + " (scheme Token)\"}");
  }

  @Test
  void aHeadRefusalHasNoBody() throws Exception {
    HttpResponse<String> response = send("HEAD", "/items/1");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void anAllowedRequestReachesTheHandlerWithItsOperationAndCaller() throws Exception {
    HttpResponse<String> response = send("GET", "/items/1", "X-Key", "k-1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("GET /items/{id} alice");
  }

  @Test
  void pathsStacksCouldRouteDifferentlyAreRefusedAndOthersAreNotFound() throws Exception {
    HttpResponse<String> confused = send("GET", "/items/%2e%2e/1", "X-Key", "k-1");
    assertThat(confused.statusCode()).isEqualTo(400);
    assertThat(confused.body()).isEqualTo("{\"detail\":\"Invalid request path\"}");
    HttpResponse<String> other = send("GET", "/items", "X-Key", "k-1");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).isEqualTo("{\"detail\":\"Not Found\"}");
  }
}
