/*
 * case: a scheme's name is a constant that does not exist (no follow-on Gatehouse error about it)
 * expect: failure
 * error: cannot find symbol @ @HttpBasic(schemeName = Names.BASIC)
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic(schemeName = Names.BASIC)
@Path("/u")
public interface UnresolvedSchemeNameValue {
  @GET
  String get();
}
