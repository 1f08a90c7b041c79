package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An API documented as OpenAPI 3.0.3: scopes only on OAuth2 schemes. */
@ApiKeyHeader(name = "X-API-Key")
@OAuth2(
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(tokenUrl = "https://id.example.com/token", scopes = @Scope(name = "jobs"))))
@Path("/jobs")
public interface LegacyDocApi {
  @GET
  @SecurityRequirement(value = "OAuth2", scopes = "jobs")
  @SecurityRequirement("APIKeyHeader")
  String list();

  @GET
  @Path("count")
  @OptionalSecurity
  @SecurityRequirement("APIKeyHeader")
  long count();
}
