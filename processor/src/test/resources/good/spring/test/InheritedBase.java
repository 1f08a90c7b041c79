package test;

import dev.gatehouse.annotations.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Only its methods are mapped, and {@link InheritingApi} extends it: Spring serves it only through
 * the controllers of the interfaces that extend it, so it is documented only through them.
 */
public interface InheritedBase {
  @GetMapping("inh")
  @SecurityRequirement("HTTPBasic")
  String inherited();
}
