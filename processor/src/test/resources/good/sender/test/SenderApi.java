package test;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/accounts")
public interface SenderApi {
  @GET
  @SecurityRequirement("Dpop")
  String dpop();

  @GET
  @Path("/mtls")
  @SecurityRequirement("Mtls")
  String mtls();

  @GET
  @Path("/either")
  @SecurityRequirement("Either")
  @SecurityRequirement("Plain")
  String either();
}
