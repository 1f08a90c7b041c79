package dev.gatehouse.quarkus.it;

import dev.gatehouse.it.EnforcementContract;
import dev.gatehouse.it.ExampleSecurity;
import dev.gatehouse.it.Http;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/**
 * The shared enforcement contract, hostile catalogue included, against the sample service on
 * Quarkus REST: the Jersey service's realm and credentials, since it is the same application.
 */
@QuarkusTest
class EnforcementTest extends EnforcementContract {
  @TestHTTPResource("/")
  URI base;

  @Override
  protected Http http() {
    return new Http(base);
  }

  @Override
  protected String realm() {
    return "Gatehouse integration tests";
  }

  @Override
  protected String apiKey() {
    return ExampleSecurity.API_KEY;
  }

  @Override
  protected String admin() {
    return ExampleSecurity.ADMIN;
  }

  @Override
  protected String adminPassword() {
    return ExampleSecurity.ADMIN_PASSWORD;
  }

  @Override
  protected String disabled() {
    return ExampleSecurity.DISABLED;
  }

  @Override
  protected String disabledPassword() {
    return ExampleSecurity.DISABLED_PASSWORD;
  }

  @Override
  protected String token(String... scopes) {
    return ExampleSecurity.demoToken(scopes);
  }
}
