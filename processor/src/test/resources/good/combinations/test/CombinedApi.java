package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** AND, OR, optional, public, method over interface, superinterfaces. */
@ApiKeyHeader(name = "X-API-Key")
@HttpBearer
@HttpBasic
@Path("/combined")
@SecurityRequirement("HTTPBearer")
public interface CombinedApi extends Base {
  @GET
  @Path("interface-level")
  String interfaceLevel();

  @GET
  @Path("either")
  @SecurityRequirement("APIKeyHeader")
  @SecurityRequirement(value = "HTTPBearer", scopes = {"read", "read"})
  String either();

  @GET
  @Path("both")
  @SecurityRequirementsSet({
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement(value = "HTTPBearer", scopes = "read")
  })
  String both();

  @POST
  @Path("mixed")
  @SecurityRequirementsSet({@SecurityRequirement("APIKeyHeader"), @SecurityRequirement("HTTPBasic")})
  @SecurityRequirement("HTTPBearer")
  @SecurityRequirementsSet({@SecurityRequirement("APIKeyHeader"), @SecurityRequirement("HTTPBearer")})
  void mixed();

  @GET
  @Path("optional")
  @OptionalSecurity
  String optional();

  @GET
  @Path("optional-own")
  @OptionalSecurity
  @SecurityRequirement("APIKeyHeader")
  String optionalOwn();

  @DELETE
  @Path("public")
  @Public
  void publicOperation();

  @Override
  @GET
  @Path("overridden")
  @SecurityRequirement("APIKeyHeader")
  String overridden();
}
