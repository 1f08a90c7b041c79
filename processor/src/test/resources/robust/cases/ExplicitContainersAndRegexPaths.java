/*
 * case: repeatable annotations written through their containers (one of them empty), empty scope
 * arrays, path templates with regular expressions (nested braces), HEAD, OPTIONS and PATCH
 * expect: success
 * scheme: B2
 * scheme: HTTPBasic
 * scheme: o
 * operation: GET /api
 * operation: GET /api/b
 * operation: GET /api/{x}/{y}
 * operation: HEAD /api/h
 * operation: OPTIONS /api/h
 * operation: PATCH /api/h
 * json: /paths/~1api/get/security = [{"HTTPBasic": []}, {"o": []}]
 * json: /paths/~1api~1b/get/security = [{"B2": []}]
 * json: /paths/~1api~1{x}~1{y}/get/parameters = [{"name": "x", "in": "path", "required": true, "schema": {"type": "integer", "format": "int32"}}, {"name": "y", "in": "path", "required": true, "schema": {"type": "string"}}]
 */
package r;
import dev.gatehouse.annotations.*;
import jakarta.ws.rs.*;
@HttpBasic.List({@HttpBasic, @HttpBasic(schemeName = "B2")})
@HttpBearer.List({})
@OAuth2(schemeName = "o", flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "https://x/t", scopes = {})))
@Path("/api")
@SecurityRequirement.List({@SecurityRequirement("HTTPBasic"), @SecurityRequirement(value = "o", scopes = {})})
public interface ExplicitContainersAndRegexPaths {
  @GET @SecurityRequirementsSet.List({}) String a();
  @GET @Path("b") @SecurityRequirementsSet.List({@SecurityRequirementsSet({@SecurityRequirement("B2")})}) String b();
  @GET @Path("{x: [0-9]{1,3}}/{y:.*}") String c(@PathParam("x") int x);
  @HEAD @Path("h") void h();
  @OPTIONS @Path("h") void o();
  @PATCH @Path("h") void p();
}
