package bad;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/shapes")
public interface SecUnsupportedPolymorphism_noSubtypes {
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  interface Shape {}

  @GET
  Shape shape();
}
