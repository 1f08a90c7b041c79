package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** An interface-level requirement naming an undeclared scheme: reported once, not per operation. */
@HttpBearer
@Path("/orders")
@SecurityRequirement("Missing")
public interface SecUnknownScheme_onInterface {
  @GET
  String list();

  @POST
  void create(String order);
}
