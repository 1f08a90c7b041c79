package dev.gatehouse.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.DocumentConformance;
import dev.gatehouse.it.Http;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spring application's document and its enforcement agree everywhere: the same {@link
 * DocumentConformance} check that runs against JAX-RS, the Servlet filter and the JDK server.
 */
class ConformanceTest {
  private static final String REALM = "Gatehouse Spring tests";
  private static SpringServer server;

  @BeforeAll
  static void start() {
    server = SpringServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyAlternativeAndEveryNearMissBehavesAsDocumented() throws IOException {
    DocumentConformance.Credentials credentials =
        new DocumentConformance.Credentials(
            SpringExample.API_KEY,
            Http.basic(SpringExample.ADMIN, SpringExample.ADMIN_PASSWORD),
            Set.of("admin"),
            scopes -> Http.bearer(SpringExample.demoToken(scopes.toArray(String[]::new))),
            uri ->
                Http.digest(
                    uri, "GET", REALM, SpringExample.DIGEST_USER, SpringExample.DIGEST_PASSWORD),
            "HOBA " + SpringExample.HOBA_CREDENTIALS);

    int checked =
        new DocumentConformance(
                new Http(server.uri()), DocumentConformance.generatedDocument(), credentials)
            // The edge operations ask API keys for a role the sample key does not carry; their
            // rules are checked by ContractEdgesTest. The profile operation adds Spring Security
            // method security (@PreAuthorize) beyond the document on purpose; EnforcementTest's
            // preAuthorizeSeesTheScopesGatehouseVerified checks it.
            .check(
                (method, path) -> !path.startsWith("/edges/") && !path.equals("/users/me/profile"));

    assertThat(checked).as("requests checked").isGreaterThan(20);
  }
}
