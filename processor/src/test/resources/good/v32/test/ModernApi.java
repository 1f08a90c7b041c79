package test;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** OpenAPI 3.2 features: the device flow, oauth2MetadataUrl, deprecated schemes, roles. */
@OAuth2(
    schemeName = "Devices",
    oauth2MetadataUrl = "https://id.example.com/.well-known/oauth-authorization-server",
    flows =
        @OAuthFlows(
            deviceAuthorization =
                @OAuthFlow(
                    deviceAuthorizationUrl = "https://id.example.com/device",
                    tokenUrl = "https://id.example.com/token",
                    scopes = @Scope(name = "tv", description = "Watch"))))
@OAuth2PasswordBearer(tokenUrl = "token", deprecated = true, description = "Being replaced.")
@HttpBasic(realm = "admin")
@SuppressWarnings("SecDeprecatedFlow")
@Path("/tv")
public interface ModernApi {
  @GET
  @SecurityRequirement(value = "Devices", scopes = "tv")
  @SecurityRequirement("OAuth2PasswordBearer")
  String watch();

  @GET
  @Path("admin")
  @SecurityRequirement(value = "HTTPBasic", scopes = "admin")
  String admin();
}
