package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the realm is set in one place. The document's title is the default of both Gatehouse
 * and the token endpoint's {@code invalid_client} challenge; a realm set in code reaches the
 * endpoint through {@link Gatehouse#realm()}.
 */
class OneRealmTest {

  /** A generated endpoint as a service, found through a class loader the test controls. */
  public static final class TitledEndpoint implements GeneratedEndpoint {
    @Override
    public String endpointInterface() {
      return "com.example.TitledApi";
    }

    @Override
    public List<OperationSecurity> operations() {
      return List.of();
    }

    @Override
    public String documentTitle() {
      return "Shop API";
    }
  }

  @TempDir Path services;

  private static String invalidClientChallenge(PasswordTokenEndpoint endpoint) {
    String basic =
        "Basic " + Base64.getEncoder().encodeToString("web:x".getBytes(StandardCharsets.UTF_8));
    TokenResponse r =
        endpoint.handle(
            "application/x-www-form-urlencoded",
            "grant_type=password&username=alice&password=p".getBytes(StandardCharsets.UTF_8),
            List.of(basic));
    assertThat(r.status()).isEqualTo(401);
    return r.headers().get("WWW-Authenticate");
  }

  private static PasswordTokenEndpoint.Builder endpoint() {
    return PasswordTokenEndpoint.builder()
        .users(c -> Verification.rejected())
        .clients(c -> Verification.rejected())
        .issuer(TokenFixture.issuer());
  }

  @Test
  void theTokenEndpointDefaultsToTheDocumentTitleLikeGatehouse() throws Exception {
    Path file = services.resolve("META-INF/services/" + GeneratedEndpoint.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, TitledEndpoint.class.getName() + "\n");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      Gatehouse gatehouse = Gatehouse.builder().build();
      assertThat(gatehouse.realm()).isEqualTo("Shop API");
      assertThat(invalidClientChallenge(endpoint().build()))
          .isEqualTo("Basic realm=\"Shop API\", charset=\"UTF-8\"");
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void aRealmSetInCodeIsPassedOnThroughGatehouse() {
    Gatehouse gatehouse = Gatehouse.builder().generated(List.of(), List.of()).realm("shop").build();
    assertThat(gatehouse.realm()).isEqualTo("shop");
    assertThat(invalidClientChallenge(endpoint().realm(gatehouse.realm()).build()))
        .isEqualTo("Basic realm=\"shop\", charset=\"UTF-8\"");
  }
}
