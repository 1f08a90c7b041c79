/*
 * case: a nested endpoint A.B and a top-level endpoint A_B would both get the glue class A_B_Security
 * expect: failure
 * error: [SecGeneratedNameTaken] Gatehouse generates class r.A_B_Security for endpoint r.A_B @ interface A_B {
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

public interface GeneratedNamesCollide {}

interface A {
  @Path("/nested")
  interface B {
    @GET
    String get();
  }
}

@Path("/top")
interface A_B {
  @GET
  String get();
}
