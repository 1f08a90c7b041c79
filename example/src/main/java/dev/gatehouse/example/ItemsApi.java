package dev.gatehouse.example;

import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One operation per way of combining schemes. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface ItemsApi {
  /** The items, for holders of the API key. */
  @GET
  @Path("items")
  @SecurityRequirement("APIKeyHeader")
  Answer readItems();

  /** Administration, behind HTTP Basic. */
  @GET
  @Path("admin")
  @SecurityRequirement("HTTPBasic")
  Answer admin();

  /** An API key OR a bearer token. */
  @GET
  @Path("either")
  @SecurityRequirement("APIKeyHeader")
  @SecurityRequirement("OAuth2PasswordBearer")
  Answer either();

  /** An API key AND a bearer token. */
  @GET
  @Path("both")
  @SecurityRequirementsSet({
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement("OAuth2PasswordBearer")
  })
  Answer both();

  /** Anonymous callers are welcome; a token, if sent, must be valid. */
  @GET
  @Path("optional")
  @OptionalSecurity
  @SecurityRequirement("OAuth2PasswordBearer")
  Answer optional();

  /** Open to everyone. */
  @GET
  @Path("public")
  @Public
  Answer publicInfo();
}
