/*
 * case: operations inherited from a generic superinterface take the endpoint's type arguments
 * expect: success
 * scheme: HTTPBasic
 * operation: GET /pets
 * operation: GET /pets/{id}
 * operation: POST /pets
 * operation: PUT /pets/{id}
 * json: /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/Pet"}
 * json: /paths/~1pets~1{id}/get/parameters/0/schema = {"type": "integer", "format": "int64"}
 * json: /paths/~1pets/get/responses/200/content/application~1json/schema = {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
 * json: /paths/~1pets/get/parameters/0/schema = {"type": "integer", "format": "int64"}
 * json: /paths/~1pets/post/requestBody/content/application~1json/schema = {"$ref": "#/components/schemas/Pet"}
 * json: /paths/~1pets~1{id}/put/requestBody/content/application~1json/schema = {"$ref": "#/components/schemas/Pet"}
 * json: /components/schemas/Pet/required = ["age"]
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

interface Crud<T, ID> {
  @GET
  @Path("{id}")
  T get(@PathParam("id") ID id);

  @GET
  List<T> list(@QueryParam("after") ID after);

  @POST
  T create(T body);
}

interface Updatable<V, K> {
  @PUT
  @Path("{id}")
  void update(@PathParam("id") K id, V value);
}

record Pet(String name, int age) {}

@HttpBasic
@Path("/pets")
@SecurityRequirement("HTTPBasic")
public interface GenericInheritedOperations extends Crud<Pet, Long>, Updatable<Pet, Long> {}
