package test;

import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** @Public on an interface, with one method requiring a scheme again. */
@Public
@Path("public")
public interface PublicApi {
  @GET
  String open();

  @GET
  @Path("secured")
  @SecurityRequirement("HTTPBasic")
  String secured();
}
