package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires several schemes together (AND): one alternative of the operation's {@code security} with
 * one key per member. Repeat it for several alternatives (OR).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(SecurityRequirementsSet.List.class)
public @interface SecurityRequirementsSet {
  /** The schemes that must all be satisfied; each scheme at most once. */
  SecurityRequirement[] value();

  /** Holds repeated {@link SecurityRequirementsSet} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface List {
    /** The repeated declarations. */
    SecurityRequirementsSet[] value();
  }
}
