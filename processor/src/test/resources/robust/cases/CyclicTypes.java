/*
 * case: self-referential and mutually recursive body types, a recursive generic type, an
 * F-bounded type variable, and an interface whose type parameter refers to itself
 * expect: success
 * operation: GET /graph/node
 * operation: GET /graph/tree
 * operation: POST /graph/ping
 * operation: GET /graph/bounded
 * json: /components/schemas/Node/properties/parent = {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]}
 * json: /components/schemas/Node/properties/children = {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/Node"}}
 * json: /components/schemas/Ping/properties/pong = {"anyOf": [{"$ref": "#/components/schemas/Pong"}, {"type": "null"}]}
 * json: /components/schemas/Pong/properties/ping = {"anyOf": [{"$ref": "#/components/schemas/Ping"}, {"type": "null"}]}
 * json: /paths/~1graph~1bounded/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/Ranked_Object"}
 * json: /components/schemas/Ranked_Object/required = ["rank"]
 * json: /components/schemas/Tree_String/properties/kids = {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/Tree_String"}}
 * json: /components/schemas/Tree_String/properties/value = {"type": ["string", "null"]}
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

record Node(String name, Node parent, List<Node> children) {}

record Ping(Pong pong) {}

record Pong(Ping ping) {}

record Tree<T>(T value, List<Tree<T>> kids) {}

record Ranked<R extends Ranked<R>>(int rank) implements Comparable<R> {
  @Override
  public int compareTo(R other) {
    return Integer.compare(rank, other.rank());
  }
}

@Path("/graph")
public interface CyclicTypes<S extends CyclicTypes<S>> {
  @GET
  @Path("node")
  Node node();

  @GET
  @Path("tree")
  Tree<String> tree();

  @POST
  @Path("ping")
  void ping(Ping ping);

  @GET
  @Path("bounded")
  <R extends Ranked<R>> R bounded();
}
