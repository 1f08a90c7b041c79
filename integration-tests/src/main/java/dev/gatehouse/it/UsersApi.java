package dev.gatehouse.it;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in user, behind OAuth2 password-flow tokens with scopes. */
@Path("/users/me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
public interface UsersApi {
  /** The current user. */
  @GET
  String me();

  /** The current user's items. */
  @GET
  @Path("items")
  @SecurityRequirement(
      value = "OAuth2PasswordBearer",
      scopes = {"items", "me"})
  String items();
}
