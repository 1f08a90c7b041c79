package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Serves the base's operation at /r/inh. */
@RequestMapping("/r")
public interface InheritingApi extends InheritedBase {
  @GetMapping("own")
  String own();
}
