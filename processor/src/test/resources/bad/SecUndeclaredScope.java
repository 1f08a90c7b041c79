package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

/** A requirement asking for a scope that no flow of the scheme declares. */
@OAuth2(
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "https://id.example.com/token",
                    scopes = {@Scope(name = "read"), @Scope(name = "write")})))
@Path("/orders")
public interface SecUndeclaredScope {
  @DELETE
  @SecurityRequirement(value = "OAuth2", scopes = {"read", "admin"})
  void purge();
}
