package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The interface's optional requirement is replaced on every operation. */
@HttpBearer
@HttpBearer(schemeName = "Other")
@Path("/opt")
@SecurityRequirement("HTTPBearer")
@OptionalSecurity
public interface SecOptionalAppliesToNoOperation {
  @GET
  @SecurityRequirement("Other")
  String list();

  @GET
  @Path("/open")
  @Public
  String open();
}
