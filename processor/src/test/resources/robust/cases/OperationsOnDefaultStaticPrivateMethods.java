/*
 * case: HTTP method annotations on default, static and private interface methods: default methods
 * are operations; static and private ones cannot be called through the interface and are left out
 * expect: success
 * scheme: HTTPBasic
 * operation: GET /w
 * operation: GET /w/plain
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/w")
@SecurityRequirement("HTTPBasic")
public interface OperationsOnDefaultStaticPrivateMethods {
  @GET
  default String def() {
    return "";
  }

  @GET
  @Path("s")
  static String stat() {
    return "";
  }

  @GET
  @Path("p")
  private String priv() {
    return "";
  }

  @GET
  @Path("plain")
  String plain();
}
