package javax.ws.rs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A stand-in for the legacy JAX-RS annotation, so the test needs no javax jar. */
@Target({ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)

public @interface HeaderParam {
  String value();
}
