/*
 * case: endpoints nested in a class, in an interface and four levels deep, all simple-named Api,
 * with body types that share simple names; a local interface and an anonymous class in a method
 * body are invisible to annotation processors and are not documented
 * expect: success
 * scheme: HTTPBasic
 * operation: GET /one
 * operation: POST /one
 * operation: GET /two
 * operation: GET /two/x
 * operation: GET /three
 * json: /paths/~1one/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/r.NestedAndLocalInterfaces.Item"}
 * json: /paths/~1two/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/Item"}
 * json: /paths/~1two~1x/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/r.NestedAndLocalInterfaces.Item"}
 * json: /paths/~1one/get/security = [{"HTTPBasic": []}]
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@HttpBasic
public class NestedAndLocalInterfaces {
  @Path("/one")
  @SecurityRequirement("HTTPBasic")
  public interface Api {
    @GET
    Item get();

    @POST
    void create(Item item);
  }

  public static class Item {
    public String a;
  }

  public interface Inner {
    @Path("/two")
    interface Api {
      @GET
      Item get();

      @GET
      @Path("x")
      NestedAndLocalInterfaces.Item other();
    }

    class Item {
      public int b;
    }

    interface Deeper {
      interface Deepest {
        @Path("/three")
        interface Api {
          @GET
          String get();
        }
      }
    }
  }

  void method() {
    @Path("/local")
    interface LocalApi {
      @GET
      String get();
    }
    Object anonymous =
        new Object() {
          @GET
          public String x() {
            return "";
          }
        };
  }
}
