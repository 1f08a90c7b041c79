/*
 * case: the text "<error>" written as a literal, which is how javac renders values it could not
 * evaluate: it is a valid value like any other and must not be taken for an unresolvable one
 * expect: success
 * scheme: HTTPBasic
 * scheme: HTTPBearer
 * operation: GET /p
 * json: /components/securitySchemes/HTTPBasic/description = "<error>"
 * json: /components/securitySchemes/HTTPBearer/bearerFormat = "<error>"
 * json: /paths/~1p/get/parameters/0/name = "<error>"
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;

@HttpBasic(description = "<error>", realm = "<error>")
@HttpBearer(bearerFormat = "<error>")
@Path("/p")
@SecurityRequirement("HTTPBasic")
public interface LiteralErrorStrings {
  @GET
  @SecurityRequirement("HTTPBearer")
  String get(@HeaderParam("<error>") String header);
}
