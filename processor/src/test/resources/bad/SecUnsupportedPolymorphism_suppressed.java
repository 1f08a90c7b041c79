package bad;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/shapes")
public interface SecUnsupportedPolymorphism_suppressed {
  @SuppressWarnings("SecUnsupportedPolymorphism")
  @JsonTypeInfo(use = JsonTypeInfo.Id.MINIMAL_CLASS)
  @JsonSubTypes(@JsonSubTypes.Type(Circle.class))
  interface Shape {}

  record Circle(double radius) implements Shape {}

  @GET
  Shape shape();
}
