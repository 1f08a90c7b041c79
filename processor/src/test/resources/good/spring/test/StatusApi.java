package test;

import dev.gatehouse.annotations.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** An interface that only its methods map: still an endpoint, at the root. */
public interface StatusApi {
  @GetMapping("/status")
  String status();

  /** One method, two paths: two documented operations with the same security. */
  @GetMapping({"/health", "/healthz"})
  @SecurityRequirement("HTTPBasic")
  String health();

  /** One method, two HTTP methods. */
  @RequestMapping(
      path = "/ping",
      method = {RequestMethod.GET, RequestMethod.HEAD})
  String ping();
}
