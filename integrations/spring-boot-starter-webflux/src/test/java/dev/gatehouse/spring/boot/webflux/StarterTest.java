package dev.gatehouse.spring.boot.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.webflux.GatehouseWebFilter;
import dev.gatehouse.runtime.webflux.GatehouseWebFluxConfigurer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.DispatcherHandler;

/**
 * What the starter alone gives a reactive Spring Boot application: with {@code
 * EnableAutoConfiguration} and nothing but a {@code Gatehouse} bean, Boot's WebFlux and Gatehouse's
 * auto-configurations, both on the class path through the starter, set up the guarded dispatcher.
 */
class StarterTest {

  /** An application that declares nothing but its Gatehouse, auto-configured as Boot does it. */
  @EnableAutoConfiguration
  static class Application {
    @Bean
    Gatehouse gatehouse() {
      return Gatehouse.builder().generated(List.of(), List.of()).realm("test").build();
    }
  }

  @Test
  void theStarterBringsTheAdapterAndItsAutoConfiguration() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains("dev.gatehouse.runtime.webflux.GatehouseWebFluxAutoConfiguration");
    new ReactiveWebApplicationContextRunner()
        .withUserConfiguration(Application.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(DispatcherHandler.class);
              assertThat(context).hasSingleBean(GatehouseWebFilter.class);
              assertThat(context).hasSingleBean(GatehouseWebFluxConfigurer.class);
            });
  }
}
