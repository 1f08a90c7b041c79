package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An API key in the Authorization header, offered beside a bearer token on one operation. */
@ApiKeyHeader(name = "Authorization", schemeName = "AuthorizationKey")
@HttpBearer
@Path("/reports")
public interface SecApiKeyInAuthorization {
  @GET
  @SecurityRequirement("AuthorizationKey")
  @SecurityRequirement("HTTPBearer")
  String list();
}
