package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Step-up where an API key is an alternative to the token. */
@Path("/a")
@HttpBearer
@ApiKeyHeader(name = "X-API-Key")
public interface SecStepUpNeedsTokenScheme_alternative {
  @GET
  @SecurityRequirement("HTTPBearer")
  @SecurityRequirement("APIKeyHeader")
  @StepUp(acrValues = "gold")
  String get();
}
