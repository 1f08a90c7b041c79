package test;

import org.springframework.web.bind.annotation.RequestMapping;

/** A mapped method that names no HTTP method. */
@RequestMapping("/items")
public interface SecMissingHttpMethod {
  @RequestMapping("all")
  String all();
}
