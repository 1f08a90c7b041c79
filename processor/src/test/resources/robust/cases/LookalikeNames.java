/*
 * case: names that look alike but are not the same: a Cyrillic letter in a requirement's scheme
 * name, a zero-width space in a scheme name, two methods whose names differ only by a Cyrillic
 * letter on one route, a non-ASCII scope
 * expect: failure
 * error: [SecUnknownScheme] Security requirement names scheme "НTTPBasic" @ @SecurityRequirement("НTTPBasic")
 * error: [SecInvalidSchemeName] @ @HttpBasic(schemeName = "HTTP\u200bBasic")
 * error: [SecDuplicateRoute] GET /look is declared twice @ String gеt();
 * error: [SecInvalidScopeName] Scope "lecture_é" @ @Scope(name = "lecture_é")
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@HttpBasic(schemeName = "HTTP\u200bBasic")
@OAuth2(
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "https://example.com/token",
                    scopes = @Scope(name = "lecture_é"))))
@Path("/look")
public interface LookalikeNames {
  @GET
  @SecurityRequirement("НTTPBasic")
  String get();

  @GET
  String gеt();
}
