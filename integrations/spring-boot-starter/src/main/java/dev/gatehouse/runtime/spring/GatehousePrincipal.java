package dev.gatehouse.runtime.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller parameter that receives the verified principal, typed as its verifier made it
 * (Spring Security's {@code @AuthenticationPrincipal}): {@code String me(@GatehousePrincipal User
 * user)}. The first scheme whose principal is of the parameter's type gives it, or the scheme named
 * by {@link #scheme()}; null (or an empty {@code Optional}) when there is none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GatehousePrincipal {

  /** The {@code schemeName} whose principal to take; default: the first of the right type. */
  String scheme() default "";
}
