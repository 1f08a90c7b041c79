package dev.gatehouse.example;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The signed-in user, behind the tokens that {@code POST /token} issues. The verified {@link
 * Caller} comes in as a {@code @Context} parameter (Jersey); the processor knows it is no body.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface UsersApi {
  /** The current user; needs scope {@code me}. */
  @GET
  @Path("users/me")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
  User readUsersMe(@Context Caller caller);

  /** The current user's items; needs scopes {@code items} and {@code me}. */
  @GET
  @Path("users/me/items")
  @SecurityRequirement(
      value = "OAuth2PasswordBearer",
      scopes = {"items", "me"})
  List<Item> readOwnItems(@Context Caller caller);

  /** The system status, for any valid token. */
  @GET
  @Path("status")
  @SecurityRequirement("OAuth2PasswordBearer")
  SystemStatus readSystemStatus();
}
