package test;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** One Java method mapped to two HTTP methods. */
@RequestMapping("/items")
public interface SecMultipleRoutes_methods {
  @RequestMapping(path = "all", method = {RequestMethod.GET, RequestMethod.POST})
  String all();
}
