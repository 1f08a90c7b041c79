package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Gatehouse;
import java.util.List;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link GatehouseInterceptor} and {@link AuthenticationArgumentResolver} with Spring
 * MVC: declare it as a bean ({@code new GatehouseWebMvcConfigurer(gatehouse)}) without Spring
 * Boot; with Boot, {@link GatehouseAutoConfiguration} does it.
 */
public final class GatehouseWebMvcConfigurer implements WebMvcConfigurer {
  private final GatehouseInterceptor interceptor;

  public GatehouseWebMvcConfigurer(Gatehouse gatehouse) {
    this.interceptor = new GatehouseInterceptor(gatehouse);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(interceptor);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new AuthenticationArgumentResolver());
  }
}
