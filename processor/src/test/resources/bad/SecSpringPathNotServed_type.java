package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** An empty segment in the type-level mapping: reported once, at it, for both operations. */
@RequestMapping("/a//b")
public interface SecSpringPathNotServed_type {
  @GetMapping
  String list();

  @GetMapping("/{id}")
  String one();
}
