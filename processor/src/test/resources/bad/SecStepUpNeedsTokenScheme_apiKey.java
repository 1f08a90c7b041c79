package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Step-up on an operation that only takes an API key. */
@Path("/a")
@ApiKeyHeader(name = "X-API-Key")
public interface SecStepUpNeedsTokenScheme_apiKey {
  @GET
  @SecurityRequirement("APIKeyHeader")
  @StepUp(acrValues = "gold")
  String get();
}
