package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An operation that is both public and secured. */
@HttpBearer
@Path("/status")
public interface SecPublicWithRequirements {
  @GET
  @Public
  @SecurityRequirement("HTTPBearer")
  String status();
}
