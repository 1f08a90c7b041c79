package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** One Java method mapped to two paths. */
@RequestMapping("/items")
public interface SecMultipleRoutes {
  @GetMapping({"all", "list"})
  String all();
}
