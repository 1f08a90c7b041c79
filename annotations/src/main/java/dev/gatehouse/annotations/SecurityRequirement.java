package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires one security scheme: an alternative of the operation's {@code security}, written as
 * {@code {"<schemeName>": [scopes]}}. Repeat it to accept any one of several schemes (OR). On an
 * endpoint interface it applies to every operation; on a method it replaces the interface's
 * requirements.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(SecurityRequirement.List.class)
public @interface SecurityRequirement {
  /** The {@code schemeName} of a declared scheme. */
  String value();

  /**
   * The scopes the credential must carry, all of them (declaration order, duplicates dropped). For
   * {@code oauth2} schemes each must be declared by one of the scheme's flows; for other schemes
   * these are role names (OpenAPI 3.1 and later).
   */
  String[] scopes() default {};

  /** Holds repeated {@link SecurityRequirement} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface List {
    /** The repeated declarations. */
    SecurityRequirement[] value();
  }
}
