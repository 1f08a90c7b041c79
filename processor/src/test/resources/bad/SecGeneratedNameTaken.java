package test;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A class in the sources already has the name of the endpoint's generated glue. */
@HttpBasic
@Path("/taken")
@SecurityRequirement("HTTPBasic")
public interface SecGeneratedNameTaken {
  @GET
  String get();
}

final class SecGeneratedNameTaken_Security {}
