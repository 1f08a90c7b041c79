package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** maxAge -1 written out: the unset marker is not a value. */
@Path("/a")
@HttpBearer
@SecurityRequirement("HTTPBearer")
public interface SecInvalidMaxAge_negative {
  @GET
  @StepUp(maxAge = -1)
  String get();
}
