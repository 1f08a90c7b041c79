package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Two methods on one route; Spring's {id} and {key} are the same route. */
@RequestMapping("/items")
public interface SecDuplicateRoute_spring {
  @GetMapping("{id}")
  String byId(@PathVariable String id);

  @GetMapping("/{key}")
  String byKey(@PathVariable String key);
}
