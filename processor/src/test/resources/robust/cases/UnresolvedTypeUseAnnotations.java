/*
 * case: annotations whose types do not exist on a type argument and on a parameter (javac drops
 * them from the element model; only the source tree shows them)
 * expect: failure
 * error: cannot find symbol @ @GET List<@Missing String> get(
 * error: cannot find symbol @ @QueryParam("q") @Gone String q
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/p")
public interface UnresolvedTypeUseAnnotations {
  @GET List<@Missing String> get(
      @QueryParam("q") @Gone String q);
}
