/*
 * case: type arguments that do not exist, in a return type, a parameter and a superinterface
 * expect: failure
 * error: cannot find symbol @ List<Missing> list(
 * error: cannot find symbol @ Map<String, Gone> headers
 * error: cannot find symbol @ extends Comparable<Absent>
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;

@Path("/u")
public interface UnresolvedGenericArgument extends Comparable<Absent> {
  @GET
  List<Missing> list(
      @HeaderParam("h") Map<String, Gone> headers);
}
