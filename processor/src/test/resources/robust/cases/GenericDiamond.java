/*
 * case: the same generic operation reaches the endpoint through two paths of superinterfaces
 * expect: success
 * operation: GET /d/{id}
 * json: /paths/~1d~1{id}/get/responses/200/content/application~1json/schema = {"type": "integer", "format": "int32"}
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

interface Reader<T> {
  @GET
  @Path("{id}")
  T read(@PathParam("id") String id);
}

interface Left<A> extends Reader<A> {}

interface Right<B> extends Reader<B> {}

@Path("/d")
public interface GenericDiamond extends Left<Integer>, Right<Integer> {}
