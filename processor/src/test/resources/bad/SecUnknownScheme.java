package test;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A requirement naming a misspelt scheme. */
@HttpBearer
@HttpBasic
@Path("/orders")
public interface SecUnknownScheme {
  @GET
  @SecurityRequirement("HTTPBaerer")
  String list();
}
