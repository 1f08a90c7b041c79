package test;

import org.springframework.web.bind.annotation.GetMapping;

/** An interface that only its methods map: still an endpoint, at the root. */
public interface StatusApi {
  @GetMapping("/status")
  String status();
}
