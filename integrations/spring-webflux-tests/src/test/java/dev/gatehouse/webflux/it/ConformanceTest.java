package dev.gatehouse.webflux.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.DocumentConformance;
import dev.gatehouse.it.Http;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reactive application's document and its enforcement agree everywhere: the same {@link
 * DocumentConformance} check that runs against JAX-RS, Spring MVC, the Servlet filter and the JDK
 * server.
 */
class ConformanceTest {
  private static final String REALM = "Gatehouse WebFlux tests";

  @Test
  void everyAlternativeAndEveryNearMissBehavesAsDocumented() throws IOException {
    DocumentConformance.Credentials credentials =
        new DocumentConformance.Credentials(
            WebFluxExample.API_KEY,
            Http.basic(WebFluxExample.ADMIN, WebFluxExample.ADMIN_PASSWORD),
            Set.of("admin"),
            scopes -> Http.bearer(WebFluxExample.demoToken(scopes.toArray(String[]::new))),
            uri ->
                Http.digest(
                    uri, "GET", REALM, WebFluxExample.DIGEST_USER, WebFluxExample.DIGEST_PASSWORD),
            "HOBA " + WebFluxExample.HOBA_CREDENTIALS);

    int checked =
        new DocumentConformance(
                new Http(WebFluxServer.uri()), DocumentConformance.generatedDocument(), credentials)
            // The edge operations ask API keys for a role the sample key does not carry; their
            // rules are checked by ContractEdgesTest. The profile operation adds Spring Security
            // reactive method security (@PreAuthorize) beyond the document on purpose;
            // EnforcementTest's gatehousePrincipalArgumentsAndReactiveMethodSecurity... checks it.
            .check(
                (method, path) -> !path.startsWith("/edges/") && !path.equals("/users/me/profile"));

    assertThat(checked).as("requests checked").isGreaterThan(20);
  }
}
