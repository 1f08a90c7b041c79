package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** FastAPI's "OAuth2 scopes" tutorial (docs_src/security/tutorial005), written with Gatehouse. */
@OAuth2PasswordBearer(
    tokenUrl = "token",
    scopes = {
      @Scope(name = "me", description = "Read information about the current user."),
      @Scope(name = "items", description = "Read items.")
    })
@SuppressWarnings("SecDeprecatedFlow")
@Path("/")
@Produces("application/json")
public interface TutorialApi {
  @POST
  @Path("token")
  String loginForAccessToken(@FormParam("username") String username, @FormParam("password") String password);

  @GET
  @Path("users/me/")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
  String readUsersMe();

  @GET
  @Path("users/me/items/")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = {"items", "me"})
  String readOwnItems();

  @GET
  @Path("status/")
  @SecurityRequirement("OAuth2PasswordBearer")
  String readSystemStatus();
}
