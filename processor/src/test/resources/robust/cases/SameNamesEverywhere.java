/*
 * case: one method name on several operations, a scheme named like a body type, a parameter,
 * header and cookie with one name, a path variable named like a query parameter; operation ids
 * stay unique
 * expect: success
 * scheme: Item
 * operation: GET /same
 * operation: POST /same
 * operation: PUT /same/{Item}
 * operation: DELETE /same/{Item}
 * json: /paths/~1same/get/operationId = "SameNamesEverywhere_get_1"
 * json: /paths/~1same/post/operationId = "SameNamesEverywhere_get_2"
 * json: /paths/~1same~1{Item}/put/operationId = "SameNamesEverywhere_get_3"
 * json: /paths/~1same~1{Item}/delete/operationId = "SameNamesEverywhere_get_4"
 * json: /paths/~1same/get/security = [{"Item": []}]
 * json: /paths/~1same~1{Item}/put/parameters = [{"name": "Item", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "Item", "in": "query", "schema": {"type": "string"}}, {"name": "Item", "in": "header", "schema": {"type": "string"}}, {"name": "Item", "in": "cookie", "schema": {"type": "string"}}]
 */
package r;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

record Item(String Item) {}

@HttpBearer(schemeName = "Item")
@Path("/same")
@SecurityRequirement("Item")
public interface SameNamesEverywhere {
  @GET
  Item get();

  @POST
  Item get(Item Item);

  @PUT
  @Path("{Item}")
  Item get(
      @PathParam("Item") String a,
      @QueryParam("Item") String b,
      @HeaderParam("Item") String c,
      @CookieParam("Item") String d);

  @DELETE
  @Path("{Item}")
  void get(@PathParam("Item") String Item, @QueryParam("x") int x);
}
