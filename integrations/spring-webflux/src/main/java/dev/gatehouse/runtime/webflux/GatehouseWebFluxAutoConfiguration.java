package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.Gatehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Schedulers;

/**
 * Spring Boot auto-configuration: in a reactive web application with a {@link Gatehouse} bean it
 * registers {@link GatehouseWebFilter} (deciding operations that may block on {@link
 * Schedulers#boundedElastic()}, reading forms with the application's codecs) and the {@code
 * Authentication} argument resolver, and serves the generated {@code META-INF/openapi.json} at
 * {@code /openapi.json} ({@code gatehouse.openapi.enabled=false} turns that off, {@code
 * gatehouse.openapi.path} moves it), as the Spring MVC auto-configuration does for servlet
 * applications.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DispatcherHandler.class)
@ConditionalOnBean(Gatehouse.class)
public class GatehouseWebFluxAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  GatehouseWebFilter gatehouseWebFilter(
      Gatehouse gatehouse,
      DispatcherHandler webHandler,
      ObjectProvider<ServerCodecConfigurer> codecs,
      @Value("${gatehouse.webflux.decide-in-place:false}") boolean decideInPlace) {
    return new GatehouseWebFilter(
        gatehouse,
        webHandler,
        Schedulers.boundedElastic(),
        codecs.getIfAvailable(ServerCodecConfigurer::create),
        decideInPlace);
  }

  @Bean
  GatehouseWebFluxConfigurer gatehouseWebFluxConfigurer() {
    return new GatehouseWebFluxConfigurer();
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
                    : ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(document))
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
                                .bodyValue(metadata.body()))
                    .build())
        .orElse(request -> reactor.core.publisher.Mono.empty());
  }

  /** The document from the class path, or null when the processor wrote none. */
  private static byte[] read(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader != null ? loader : GatehouseWebFluxAutoConfiguration.class.getClassLoader())
            .getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
