/*
 * case: a valid endpoint, and type errors in method bodies of other classes. javac attributes
 * bodies only after annotation processing, so the document is already written: it must be the
 * complete, valid document of the endpoint (no processor can know of these errors).
 * expect: failure-after-processing
 * error: incompatible types @ return "not a number";
 * error: cannot find symbol @ undefined();
 * error: missing return statement @ default String helper() {}
 * scheme: HTTPBasic
 * operation: GET /api
 * operation: POST /api
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/api")
@SecurityRequirement("HTTPBasic")
public interface Api {
  @GET
  String get();

  @POST
  void post(String body);

  default String helper() {}
}
