package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A type-level mapping makes a base an endpoint of its own, served by its own controller. */
@RequestMapping("/mapped")
public interface MappedBase {
  @GetMapping("base")
  String base();
}
