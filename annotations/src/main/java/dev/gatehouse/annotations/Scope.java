package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One OAuth2 scope of a flow: an entry {@code "name": "description"} of the flow's {@code scopes}
 * map.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Scope {
  /** The scope name, as tokens carry it in their {@code scope} claim. */
  String name();

  /** What the scope grants; the map value (may be empty). */
  String description() default "";
}
