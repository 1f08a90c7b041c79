package dev.gatehouse.runtime.webflux;

import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Registers {@link AuthenticationArgumentResolver} with Spring WebFlux: declare it as a bean
 * without Spring Boot, beside a {@link GatehouseWebFilter} bean; with Boot, {@link
 * GatehouseWebFluxAutoConfiguration} does both.
 */
public final class GatehouseWebFluxConfigurer implements WebFluxConfigurer {

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(new AuthenticationArgumentResolver());
  }
}
