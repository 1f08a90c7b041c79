/*
 * case: requirement annotations where their @Target forbids them: a field, a constructor, a
 * parameter, a local variable
 * expect: failure
 * error: not applicable to this kind of declaration @ @SecurityRequirement("HTTPBasic") String FIELD
 * error: not applicable to this kind of declaration @ @Public Holder()
 * error: not applicable to this kind of declaration @ @OptionalSecurity String q
 * error: not applicable to this kind of declaration @ @SecurityRequirement("HTTPBasic") int local
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@HttpBasic
@Path("/w")
public interface RequirementsOnMembers {
  @SecurityRequirement("HTTPBasic") String FIELD = "f";

  @GET
  String get(@QueryParam("q") @OptionalSecurity String q);
}

class Holder {
  @Public Holder() {}

  void m() {
    @SecurityRequirement("HTTPBasic") int local = 0;
  }
}
