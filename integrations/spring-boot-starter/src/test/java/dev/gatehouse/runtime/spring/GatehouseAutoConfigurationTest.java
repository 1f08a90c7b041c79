package dev.gatehouse.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** When the starter's auto-configuration switches the Spring MVC adapter on, and what it adds. */
class GatehouseAutoConfigurationTest {
  private static final AutoConfigurations STARTER =
      AutoConfigurations.of(GatehouseAutoConfiguration.class);

  /** A Gatehouse without generated code, as an application would declare its bean. */
  private static Gatehouse gatehouse() {
    return Gatehouse.builder().generated(List.of(), List.of()).realm("test").build();
  }

  @Test
  void aServletApplicationWithAGatehouseBeanGetsTheAdapterAndTheDocument() {
    new WebApplicationContextRunner()
        .withConfiguration(STARTER)
        .withBean(Gatehouse.class, GatehouseAutoConfigurationTest::gatehouse)
        .run(
            context -> {
              assertThat(context).hasSingleBean(GatehouseWebMvcConfigurer.class);
              assertThat(context).hasSingleBean(GatehousePrincipalFilter.class);
              assertThat(context).hasBean("gatehouseOpenApiDocument");
              // Routes nothing unless the Gatehouse has protected-resource metadata (RFC 9728).
              assertThat(context).hasBean("gatehouseProtectedResourceMetadata");
            });
  }

  @Test
  void theDocumentRouteCanBeSwitchedOff() {
    new WebApplicationContextRunner()
        .withConfiguration(STARTER)
        .withBean(Gatehouse.class, GatehouseAutoConfigurationTest::gatehouse)
        .withPropertyValues("gatehouse.openapi.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(GatehouseWebMvcConfigurer.class);
              assertThat(context).doesNotHaveBean("gatehouseOpenApiDocument");
            });
  }

  @Test
  void nothingWithoutAGatehouseBeanOrOutsideAServletApplication() {
    new WebApplicationContextRunner()
        .withConfiguration(STARTER)
        .run(context -> assertThat(context).doesNotHaveBean(GatehouseWebMvcConfigurer.class));
    new ApplicationContextRunner()
        .withConfiguration(STARTER)
        .withBean(Gatehouse.class, GatehouseAutoConfigurationTest::gatehouse)
        .run(context -> assertThat(context).doesNotHaveBean(GatehouseWebMvcConfigurer.class));
  }

  @Test
  void theStarterRegistersItsAutoConfigurationForBoot() throws Exception {
    try (var in =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(
              new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                  .strip()
                  .lines())
          .containsExactly(
              GatehouseAutoConfiguration.class.getName(),
              GatehouseJettyAutoConfiguration.class.getName());
    }
  }
}
