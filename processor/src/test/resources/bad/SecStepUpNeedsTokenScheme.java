package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Step-up on a public operation. */
@Path("/a")
@HttpBearer
@SecurityRequirement("HTTPBearer")
public interface SecStepUpNeedsTokenScheme {
  @GET
  @Public
  @StepUp(maxAge = 60)
  String get();
}
