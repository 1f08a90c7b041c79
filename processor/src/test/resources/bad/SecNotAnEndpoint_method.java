package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A requirement on an interface method without an HTTP method annotation. */
@HttpBearer
@Path("/orders")
public interface SecNotAnEndpoint_method {
  @GET
  String list();

  @SecurityRequirement("HTTPBearer")
  String helper();
}
