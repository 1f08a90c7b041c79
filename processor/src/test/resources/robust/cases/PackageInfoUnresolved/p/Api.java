package p;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api")
@SecurityRequirement("HTTPBearer")
public interface Api {
  @GET
  String get();
}
