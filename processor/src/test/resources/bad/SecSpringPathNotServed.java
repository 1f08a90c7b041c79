package test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Spring serves "/e/items/" only; the document would say "/e/items". */
@RequestMapping("/e")
public interface SecSpringPathNotServed {
  @GetMapping("items/")
  String items();

  @GetMapping("fine")
  String fine();
}
