package dev.gatehouse.it;

import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Items, with one operation per way of combining schemes. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface ItemsApi {
  /** Items, for API-key holders. */
  @GET
  @Path("items")
  @SecurityRequirement("APIKeyHeader")
  String items(@QueryParam("limit") int limit);

  /** One item, for an API key OR a bearer token. */
  @GET
  @Path("items/{id}")
  @SecurityRequirement("APIKeyHeader")
  @SecurityRequirement("HTTPBearer")
  String item(@PathParam("id") UUID id);

  /** Needs an API key AND a bearer token. */
  @GET
  @Path("both")
  @SecurityRequirementsSet({
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement("HTTPBearer")
  })
  String both();

  /** Anonymous callers welcome; a bearer token is checked if sent. */
  @GET
  @Path("maybe")
  @OptionalSecurity
  @SecurityRequirement("HTTPBearer")
  String maybe();

  /** Administration, behind HTTP Basic. */
  @GET
  @Path("admin")
  @SecurityRequirement("HTTPBasic")
  String admin();

  /** Open to everyone. */
  @GET
  @Path("hello")
  @Public
  String hello();
}
