package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Step-up on an interface, one operation of which has no requirement; the public one is exempt. */
@Path("/a")
@HttpBearer
@StepUp(maxAge = 60)
public interface SecStepUpNeedsTokenScheme_interface {
  @GET
  @SecurityRequirement("HTTPBearer")
  String get();

  @GET
  @Path("open")
  String open();

  @GET
  @Path("health")
  @Public
  String health();
}
