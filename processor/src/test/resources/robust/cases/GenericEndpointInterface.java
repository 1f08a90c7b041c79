/*
 * case: the endpoint itself has type parameters; unbound ones stand for their bounds
 * expect: success
 * operation: GET /things
 * operation: POST /things
 * operation: GET /things/generic
 * json: /paths/~1things/get/responses/200/content/application~1json/schema = {}
 * json: /paths/~1things/post/requestBody/content/application~1json/schema = {"$ref": "#/components/schemas/Label"}
 * json: /paths/~1things~1generic/get/parameters/0/schema = {"type": "string"}
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

record Label(String text) {}

@Path("/things")
public interface GenericEndpointInterface<T, L extends Label> {
  @GET
  T get();

  @POST
  void add(L label);

  @GET
  @Path("generic")
  <X extends CharSequence> String find(@QueryParam("x") X x);
}
