package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An operation that is public and also marks its (inherited) security optional. */
@HttpBearer
@Path("/status")
@SecurityRequirement("HTTPBearer")
public interface SecPublicWithRequirements_optional {
  @GET
  @OptionalSecurity
  @Public
  String status();
}
