package petstore.legacy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;

/** The old catalogue, still served. */
@Path("/legacy")
@Produces("application/json")
public interface LegacyApi {
  /** The old labels. */
  @GET
  @Path("tags")
  List<Tag> tags();
}
