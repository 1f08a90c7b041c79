/*
 * case: two endpoint interfaces that extend each other, and one that extends itself
 * expect: failure
 * error: cyclic inheritance involving @ interface A extends B
 * error: cyclic inheritance involving @ public interface CyclicInheritance extends CyclicInheritance
 * error: not applicable to this kind of declaration @ @Path("/a")
 * error: not applicable to this kind of declaration @ @Path("/b")
 * error: not applicable to this kind of declaration @ @Path("/self")
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/a")
interface A extends B {
  @GET
  String a();
}

@Path("/b")
interface B extends A {
  @GET
  String b();
}

@Path("/self")
public interface CyclicInheritance extends CyclicInheritance {
  @GET
  String get();
}
