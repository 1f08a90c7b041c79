package test;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A superinterface without @Path: its operations join every endpoint that extends it. */
@SecurityRequirement("HTTPBasic")
public interface Base {
  @GET
  @Path("inherited")
  String inherited();

  @GET
  @Path("overridden")
  String overridden();
}
