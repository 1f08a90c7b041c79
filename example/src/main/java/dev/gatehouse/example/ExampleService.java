package dev.gatehouse.example;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jaxrs.TokenRequestFormReader;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.token.PasswordTokenEndpoint;
import dev.gatehouse.runtime.token.TokenIssuer;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The example service: FastAPI's security tutorial on Jersey and Jetty 12, guarded by Gatehouse.
 * Tokens are RS256 JWTs signed with a key made at start-up and verified with nimbus.
 *
 * <p>Jetty, not the JDK's {@code HttpServer}: Jetty hands header fields to the application as they
 * were sent (once its header cache is made case-sensitive, below), so Gatehouse sees (and refuses)
 * a TAB or a control character in a credential, where the JDK server rewrites or trims them first
 * (docs/servlet-and-jdk-http.md).
 */
public final class ExampleService implements AutoCloseable {
  /** The demo API key; the service stores only its SHA-256 digest. */
  public static final String API_KEY = "demo-key-3f7c1e9a5b2d4f60";

  /** The demo administrator for HTTP Basic. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "correct horse battery staple";

  static final String ISSUER = "urn:gatehouse:example";
  static final String AUDIENCE = "urn:gatehouse:example:api";

  private final Server server;
  private final URI uri;
  private final ExampleStores stores;

  private ExampleService(Server server, String host, ExampleStores stores) {
    this.server = server;
    this.stores = stores;
    this.uri =
        URI.create(
            "http://" + host + ":" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
  }

  /**
   * Starts the service on {@code host:port}, with its stores in memory; port 0 picks a free one.
   */
  public static ExampleService start(String host, int port) throws Exception {
    return start(host, port, ExampleStores.inMemory());
  }

  /**
   * Starts the service on {@code host:port} with these stores (in memory or PostgreSQL: {@link
   * ExampleStores}), which it closes when it stops or fails to start.
   */
  public static ExampleService start(String host, int port, ExampleStores stores) throws Exception {
    try {
      return start(host, port, stores, stores.tutorialUsers(), stores.administrators());
    } catch (Exception | Error e) {
      stores.close();
      throw e;
    }
  }

  private static ExampleService start(
      String host,
      int port,
      ExampleStores stores,
      Verifier<BasicCredentials> tutorialUsers,
      Verifier<BasicCredentials> administrators)
      throws Exception {
    RSAKey signingKey = new RSAKeyGenerator(2048).keyID("example-1").generate();
    TokenIssuer issuer = TokenIssuer.builder(signingKey).issuer(ISSUER).audience(AUDIENCE).build();
    PasswordTokenEndpoint tokens =
        PasswordTokenEndpoint.builder().users(tutorialUsers).publicClients().issuer(issuer).build();
    JwtVerifier jwts =
        JwtVerifier.builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .keys(issuer.publicJwkSet())
            // The service is the only issuer of these keys, so no ID token can pose as an access
            // token; RFC 9068 typing would also demand a client_id, which public clients lack.
            .requireAccessTokenType(false)
            .build();

    // FastAPI's get_current_active_user: the verified token's subject becomes the application's
    // own User, and a disabled user is refused; endpoints ask for the User, typed.
    Verifier<BearerToken> currentActiveUser =
        token -> {
          Verification verified = jwts.verify(token);
          if (!verified.isGranted()) {
            return verified;
          }
          return DemoUsers.find(verified.principal())
              .filter(user -> !user.disabled())
              .map(user -> Verification.granted(user.username(), user, verified.scopes()))
              .orElse(Verification.rejected("Inactive user"));
        };

    Gatehouse gatehouse =
        Gatehouse.builder()
            .bearer("OAuth2PasswordBearer", currentActiveUser)
            .apiKey("APIKeyHeader", stores.apiKeys())
            .basic("HTTPBasic", administrators)
            // The protected-resource metadata the processor wrote is published at
            // /.well-known/oauth-protected-resource; the challenges stay FastAPI's, byte for byte,
            // as the tutorial's clients and this module's hostile catalogue expect them.
            .resourceMetadataInChallenges(false)
            .build();

    ResourceConfig config =
        new ResourceConfig()
            .register(UsersResource.class)
            .register(ItemsResource.class)
            .register(TokenResource.class)
            .property(TokenResource.ENDPOINT, tokens)
            .register(new TokenRequestFormReader(tokens))
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(DocsResource.class)
            .register(JacksonFeature.class)
            .register(new GatehouseFeature(gatehouse));
    Server server =
        JettyHttpContainerFactory.createServer(
            URI.create("http://" + host + ":" + port + "/"), config, false);
    // Jersey's factory binds every interface; the example listens on the host it was given only.
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    connector.setHost(host);
    // Jetty caches some field lines per connection (Authorization and Cookie among them) and, by
    // default, matches a new line against the cache ignoring case: a token differing from an
    // earlier one on the same connection only in the case of a letter would reach Gatehouse as
    // the earlier token. Credentials are case-sensitive, so the cache must be too.
    connector
        .getConnectionFactory(HttpConnectionFactory.class)
        .getHttpConfiguration()
        .setHeaderCacheCaseSensitive(true);
    server.start();
    return new ExampleService(server, host, stores);
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8000}. */
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop cleanly", e);
    } finally {
      stores.close();
    }
  }

  /** Runs the service on 127.0.0.1:8000 (or the port given) until Ctrl-C. */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
    ExampleStores stores = ExampleStores.fromEnvironmentOrExit(System.getenv());
    ExampleService service = start("127.0.0.1", port, stores);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  System.out.println("Gatehouse example service stopped.");
                  stopped.countDown();
                }));
    URI uri = service.uri();
    System.out.println();
    System.out.println("Gatehouse example service on " + uri);
    System.out.println("  Swagger UI:  " + uri + "/docs   (Authorize: johndoe / secret)");
    System.out.println("  OpenAPI:     " + uri + "/openapi.json");
    System.out.println(
        "  Users:       johndoe / secret (scopes me, items); alice / secret2 is disabled");
    System.out.println("  API key:     " + stores.apiKeyBanner());
    System.out.println("  Basic admin: " + ADMIN + " / " + ADMIN_PASSWORD);
    System.out.println(
        "  A token:     curl -d grant_type=password -d username=johndoe -d password=secret"
            + " --data-urlencode 'scope=me items' "
            + uri
            + "/token");
    System.out.println(
        "  Use it:      curl -H 'Authorization: Bearer <access_token>' " + uri + "/users/me");
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
  }
}
