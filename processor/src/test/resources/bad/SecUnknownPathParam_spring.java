package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A path variable naming no variable of the template. */
@RequestMapping("/items")
public interface SecUnknownPathParam_spring {
  @GetMapping("{id}")
  String get(@PathVariable("itemId") String id);
}
