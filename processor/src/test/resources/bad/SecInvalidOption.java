package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A valid endpoint: the compilations that use it fail only because of their options. */
@HttpBearer
@Path("/orders")
public interface SecInvalidOption {
  @GET
  @SecurityRequirement("HTTPBearer")
  String list();
}
