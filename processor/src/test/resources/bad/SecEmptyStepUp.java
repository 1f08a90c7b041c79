package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Neither acrValues nor maxAge. */
@Path("/a")
@HttpBearer
@SecurityRequirement("HTTPBearer")
public interface SecEmptyStepUp {
  @GET
  @StepUp
  String get();
}
