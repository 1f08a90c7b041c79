package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Gatehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring Boot auto-configuration: in a servlet web application with a {@link Gatehouse} bean it
 * registers the interceptor, the {@code Authentication} argument resolver and the principal filter,
 * and serves the generated {@code META-INF/openapi.json} at {@code /openapi.json} ({@code
 * gatehouse.openapi.enabled=false} turns that off, {@code gatehouse.openapi.path} moves it).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean(Gatehouse.class)
public class GatehouseAutoConfiguration {

  @Bean
  GatehouseWebMvcConfigurer gatehouseWebMvcConfigurer(Gatehouse gatehouse) {
    return new GatehouseWebMvcConfigurer(gatehouse);
  }

  @Bean
  GatehousePrincipalFilter gatehousePrincipalFilter() {
    return new GatehousePrincipalFilter();
  }

  @Bean
  @ConditionalOnProperty(prefix = "gatehouse.openapi", name = "enabled", matchIfMissing = true)
  RouterFunction<ServerResponse> gatehouseOpenApiDocument(
      @Value("${gatehouse.openapi.path:/openapi.json}") String path,
      @Value("${gatehouse.openapi.resource:META-INF/openapi.json}") String resource) {
    byte[] document = read(resource);
    return RouterFunctions.route()
        .GET(
            path,
            request ->
                document == null
                    ? ServerResponse.notFound().build()
                    : ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(document))
        .build();
  }

  /**
   * Serves the API's RFC 9728 protected-resource metadata at its well-known path, when the
   * processor wrote one ({@code -Agatehouse.resource}) or the {@link Gatehouse} was given one.
   */
  @Bean
  RouterFunction<ServerResponse> gatehouseProtectedResourceMetadata(Gatehouse gatehouse) {
    return gatehouse
        .protectedResourceMetadata()
        .<RouterFunction<ServerResponse>>map(
            metadata ->
                RouterFunctions.route()
                    .GET(
                        metadata.path(),
                        request ->
                            ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .body(metadata.body()))
                    .build())
        .orElse(request -> java.util.Optional.empty());
  }

  /** The document from the class path, or null when the processor wrote none. */
  private static byte[] read(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader != null ? loader : GatehouseAutoConfiguration.class.getClassLoader())
            .getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
