package test;

import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An AND set with no member, which would let anyone in. */
@Path("/reports")
public interface SecEmptyRequirementsSet {
  @GET
  @SecurityRequirementsSet({})
  String list();
}
