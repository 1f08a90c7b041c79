package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;

/** {@link BenchApi}'s API-key and HS256 operations as a Spring MVC endpoint interface. */
public interface SpringBenchApi {
  /** Behind the API key. */
  @GetMapping("/spring/items")
  @SecurityRequirement("APIKeyHeader")
  String items();

  /** Behind an HS256 JWT. */
  @GetMapping("/spring/hs-items")
  @SecurityRequirement("HTTPBearer")
  String hsItems();
}
