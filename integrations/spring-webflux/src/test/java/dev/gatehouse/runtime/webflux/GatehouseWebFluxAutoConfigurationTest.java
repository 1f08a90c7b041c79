package dev.gatehouse.runtime.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.web.reactive.DispatcherHandler;

/** When the WebFlux auto-configuration switches the adapter on, and what it adds. */
class GatehouseWebFluxAutoConfigurationTest {
  private static final AutoConfigurations ADAPTER =
      AutoConfigurations.of(GatehouseWebFluxAutoConfiguration.class);

  /** A Gatehouse without generated code, as an application would declare its bean. */
  private static Gatehouse gatehouse() {
    return Gatehouse.builder().generated(List.of(), List.of()).realm("test").build();
  }

  private static ReactiveWebApplicationContextRunner reactive() {
    return new ReactiveWebApplicationContextRunner()
        .withConfiguration(ADAPTER)
        .withBean(DispatcherHandler.class, DispatcherHandler::new);
  }

  @Test
  void aReactiveApplicationWithAGatehouseBeanGetsTheFilterTheResolverAndTheDocument() {
    reactive()
        .withBean(Gatehouse.class, GatehouseWebFluxAutoConfigurationTest::gatehouse)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(GatehouseWebFilter.class);
              assertThat(context).hasSingleBean(GatehouseWebFluxConfigurer.class);
              assertThat(context).hasBean("gatehouseOpenApiDocument");
              assertThat(context).hasBean("gatehouseProtectedResourceMetadata");
            });
  }

  @Test
  void operationsThatCannotBlockAreDecidedInPlaceWhenSwitchedOn() {
    reactive()
        .withBean(Gatehouse.class, GatehouseWebFluxAutoConfigurationTest::gatehouse)
        .run(
            context ->
                assertThat(context.getBean(GatehouseWebFilter.class).decidesInPlace()).isFalse());
    reactive()
        .withBean(Gatehouse.class, GatehouseWebFluxAutoConfigurationTest::gatehouse)
        .withPropertyValues("gatehouse.webflux.decide-in-place=true")
        .run(
            context ->
                assertThat(context.getBean(GatehouseWebFilter.class).decidesInPlace()).isTrue());
  }

  @Test
  void theDocumentRouteCanBeSwitchedOff() {
    reactive()
        .withBean(Gatehouse.class, GatehouseWebFluxAutoConfigurationTest::gatehouse)
        .withPropertyValues("gatehouse.openapi.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(GatehouseWebFilter.class);
              assertThat(context).doesNotHaveBean("gatehouseOpenApiDocument");
            });
  }

  @Test
  void anApplicationsOwnFilterBeanWins() {
    reactive()
        .withBean(Gatehouse.class, GatehouseWebFluxAutoConfigurationTest::gatehouse)
        .withBean(
            "myFilter",
            GatehouseWebFilter.class,
            () -> new GatehouseWebFilter(gatehouse(), new DispatcherHandler()))
        .run(
            context -> {
              assertThat(context).hasSingleBean(GatehouseWebFilter.class);
              assertThat(context).hasBean("myFilter");
            });
  }

  @Test
  void nothingWithoutAGatehouseBeanOrOutsideAWebApplication() {
    reactive().run(context -> assertThat(context).doesNotHaveBean(GatehouseWebFilter.class));
    new ApplicationContextRunner()
        .withConfiguration(ADAPTER)
        .withBean(Gatehouse.class, GatehouseWebFluxAutoConfigurationTest::gatehouse)
        .run(context -> assertThat(context).doesNotHaveBean(GatehouseWebFilter.class));
  }

  @Test
  void theAdapterRegistersItsAutoConfigurationForBoot() throws Exception {
    try (var in =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
          .containsExactly(
              GatehouseWebFluxAutoConfiguration.class.getName(),
              GatehouseReactiveJettyAutoConfiguration.class.getName());
    }
  }
}
