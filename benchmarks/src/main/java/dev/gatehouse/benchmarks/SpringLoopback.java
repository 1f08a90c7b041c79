package dev.gatehouse.benchmarks;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.Gatehouse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.preauth.RequestHeaderAuthenticationFilter;

/**
 * Issue 19 item 4 over loopback: one Spring Boot application (Spring MVC on Boot's embedded Tomcat,
 * {@link FilterChains.Controller} behind {@link SpringBenchApi}) run three ways in one JVM, and
 * driven by {@code wrk} with identical requests: without security, with Gatehouse (its Spring Boot
 * starter and one {@link Gatehouse} bean), and with Spring Security configured as a Boot user
 * writes it ({@code @EnableWebSecurity}, a {@link SecurityFilterChain} per operation: a {@code
 * RequestHeaderAuthenticationFilter} for the API key, {@code oauth2ResourceServer().jwt()} with
 * Spring's {@link NimbusJwtDecoder} for the token; CSRF off and stateless sessions, as for an API,
 * every other default kept). Both sides check the same credentials with the same rules: a trivial
 * key comparison, and issuer, audience, expiry and the signature for the JWT ({@link
 * ExtractAndDecide#springRules()} and {@link ExtractAndDecide#gatehouseJwt}).
 *
 * <p>Run from the module's class path, not the shaded jar (Spring Boot's auto-configuration lists
 * do not survive shading): {@code benchmarks/run.sh spring-loopback}.
 */
public final class SpringLoopback {
  private static final String API_KEY = FilterChains.API_KEY;

  /** One request shape: the path, the credential header, and which JWT algorithm it needs. */
  record Case(String name, String path, String header, JWSAlgorithm algorithm) {}

  private SpringLoopback() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Path out = Path.of(args.length > 3 ? args[3] : "target/spring-loopback.md");
    // The module's class path pins SLF4J 1.7 (for other benchmarks), which Boot's Logback support
    // refuses; these applications log nothing worth the setup.
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler handler : java.util.logging.Logger.getLogger("").getHandlers()) {
      handler.setLevel(java.util.logging.Level.WARNING);
    }

    Tokens hs256 = Tokens.create(JWSAlgorithm.HS256);
    Tokens rs256 = Tokens.create(JWSAlgorithm.RS256);
    List<Case> cases =
        List.of(
            new Case(
                "API key (X-API-Key, trivial check)",
                "/spring/items",
                "X-API-Key: " + API_KEY,
                JWSAlgorithm.HS256),
            new Case(
                "Bearer JWT HS256, configured key",
                "/spring/hs-items",
                "Authorization: Bearer " + hs256.token,
                JWSAlgorithm.HS256),
            new Case(
                "Bearer JWT RS256, configured key",
                "/spring/hs-items",
                "Authorization: Bearer " + rs256.token,
                JWSAlgorithm.RS256));

    List<ConfigurableApplicationContext> running = new ArrayList<>();
    try {
      String plain = base(start(running, Plain.class, Map.of()));
      Map<JWSAlgorithm, String[]> secured = new LinkedHashMap<>();
      for (Tokens tokens : List.of(hs256, rs256)) {
        Gatehouse gatehouse = FilterChains.gatehouse(ExtractAndDecide.gatehouseJwt(tokens));
        String withGatehouse =
            base(start(running, WithGatehouse.class, Map.of(Gatehouse.class, gatehouse)));
        String withSpring =
            base(
                start(
                    running,
                    WithSpringSecurity.class,
                    Map.of(JwtDecoder.class, ExtractAndDecide.springDecoder(tokens))));
        secured.put(tokens.algorithm, new String[] {withGatehouse, withSpring});
      }
      for (Case c : cases) {
        String[] s = secured.get(c.algorithm);
        sanity(c, plain, s[0], s[1]);
      }

      StringBuilder rows = new StringBuilder();
      rows.append(
          "| case | round | without security (req/s) | Gatehouse (req/s) | Spring Security"
              + " (req/s) |\n");
      rows.append("|---|---|---:|---:|---:|\n");
      StringBuilder summary = new StringBuilder();
      summary.append(
          "| case | without security | Gatehouse | Spring Security | Gatehouse / without"
              + " | Spring Security / without | Gatehouse / Spring Security |\n");
      summary.append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (Case c : cases) {
        String[] s = secured.get(c.algorithm);
        String[] bases = {plain, s[0], s[1]};
        for (String b : bases) {
          Loopback.wrk(b + c.path, c.header, 5, connections); // JIT, pools, connections
        }
        double[] sums = new double[3];
        for (int r = 0; r < rounds; r++) {
          double[] rps = new double[3];
          // Rotate the order each round so that drift on the shared cores favours no one.
          for (int k = 0; k < 3; k++) {
            int i = (r + k) % 3;
            rps[i] = Loopback.wrk(bases[i] + c.path, c.header, seconds, connections);
            sums[i] += rps[i];
          }
          rows.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.0f | %.0f | %.0f |%n",
                  c.name,
                  r + 1,
                  rps[0],
                  rps[1],
                  rps[2]));
          System.out.printf(
              Locale.ROOT,
              "%s round %d: without %.0f, Gatehouse %.0f, Spring Security %.0f req/s%n",
              c.name,
              r + 1,
              rps[0],
              rps[1],
              rps[2]);
        }
        summary.append(
            String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.0f | %.3f | %.3f | %.3f |%n",
                c.name,
                sums[0] / rounds,
                sums[1] / rounds,
                sums[2] / rounds,
                sums[1] / sums[0],
                sums[2] / sums[0],
                sums[1] / sums[2]));
      }
      String all = summary + "\n" + rows;
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, all);
      System.out.println();
      System.out.println(all);
    } finally {
      running.forEach(ConfigurableApplicationContext::close);
    }
  }

  /** Starts {@code configuration} on a free port of 127.0.0.1 with {@code beans} registered. */
  private static WebServerApplicationContext start(
      List<ConfigurableApplicationContext> running,
      Class<?> configuration,
      Map<Class<?>, ?> beans) {
    SpringApplicationBuilder builder =
        new SpringApplicationBuilder(configuration)
            .web(WebApplicationType.SERVLET)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "spring.jmx.enabled=false")
            .initializers(
                context ->
                    beans.forEach((type, bean) -> register(context.getBeanFactory(), type, bean)));
    ConfigurableApplicationContext context = builder.run();
    running.add(context);
    return (WebServerApplicationContext) context;
  }

  @SuppressWarnings("unchecked")
  private static <T> void register(
      org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory,
      Class<T> type,
      Object bean) {
    factory.registerSingleton(type.getSimpleName(), (T) bean);
  }

  private static String base(WebServerApplicationContext context) {
    return "http://127.0.0.1:" + context.getWebServer().getPort();
  }

  /** With the credential every variant answers 200; without it both secured ones answer 401. */
  private static void sanity(Case c, String plain, String gatehouse, String spring)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    String[] h = c.header.split(": ", 2);
    int[] with = new int[3];
    String[] bases = {plain, gatehouse, spring};
    for (int i = 0; i < 3; i++) {
      with[i] =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(bases[i] + c.path)).header(h[0], h[1]).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
    }
    int withoutG = status(client, gatehouse + c.path);
    int withoutS = status(client, spring + c.path);
    if (with[0] != 200 || with[1] != 200 || with[2] != 200 || withoutG != 401 || withoutS != 401) {
      throw new IllegalStateException(
          String.format(
              "%s: expected 200/200/200 and 401/401, got %d/%d/%d and %d/%d",
              c.name, with[0], with[1], with[2], withoutG, withoutS));
    }
  }

  private static int status(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** The application without security. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(FilterChains.Controller.class)
  static class Plain {}

  /** The application with Gatehouse: the starter's auto-configuration and the Gatehouse bean. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(FilterChains.Controller.class)
  static class WithGatehouse {}

  /** The application with Spring Security, as a Boot user configures a stateless API. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EnableWebSecurity
  @Import(FilterChains.Controller.class)
  static class WithSpringSecurity {

    @Bean
    SecurityFilterChain apiKeyChain(HttpSecurity http) throws Exception {
      RequestHeaderAuthenticationFilter keyFilter = FilterChains.springKeyFilter();
      return http.securityMatcher("/spring/items")
          .authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .csrf(csrf -> csrf.disable())
          .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .addFilter(keyFilter)
          .exceptionHandling(
              e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
          .build();
    }

    @Bean
    SecurityFilterChain jwtChain(HttpSecurity http, JwtDecoder decoder) throws Exception {
      return http.securityMatcher("/spring/hs-items")
          .authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .csrf(csrf -> csrf.disable())
          .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder)))
          .build();
    }
  }
}
