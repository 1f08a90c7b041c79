package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An explicitly empty acrValues. */
@Path("/a")
@HttpBearer
@SecurityRequirement("HTTPBearer")
public interface SecEmptyStepUp_acrValues {
  @GET
  @StepUp(acrValues = {}, maxAge = 60)
  String get();
}
