package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Gatehouse;
import java.util.List;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link GatehouseInterceptor} and {@link AuthenticationArgumentResolver} with Spring
 * MVC, and, when Spring Security is on the class path, the interceptor that puts the verified
 * caller into its {@code SecurityContext} for the handler ({@link GatehouseAuthenticationToken}):
 * declare it as a bean ({@code new GatehouseWebMvcConfigurer(gatehouse)}) without Spring Boot; with
 * Boot, {@link GatehouseAutoConfiguration} does it.
 */
public final class GatehouseWebMvcConfigurer implements WebMvcConfigurer {
  /** Whether Spring Security is on the class path; it is optional, never brought. */
  private static final boolean SPRING_SECURITY =
      org.springframework.util.ClassUtils.isPresent(
          "org.springframework.security.core.context.SecurityContextHolder",
          GatehouseWebMvcConfigurer.class.getClassLoader());

  private final GatehouseInterceptor interceptor;

  public GatehouseWebMvcConfigurer(Gatehouse gatehouse) {
    this.interceptor = new GatehouseInterceptor(gatehouse);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(interceptor);
    if (SPRING_SECURITY) {
      registry.addInterceptor(new SpringSecurityContextInterceptor());
    }
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new AuthenticationArgumentResolver());
  }
}
