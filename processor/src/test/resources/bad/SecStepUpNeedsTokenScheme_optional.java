package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Step-up on an optional operation: anonymous callers would skip it. */
@Path("/a")
@HttpBearer
public interface SecStepUpNeedsTokenScheme_optional {
  @GET
  @SecurityRequirement("HTTPBearer")
  @OptionalSecurity
  @StepUp(acrValues = "gold")
  String get();
}
