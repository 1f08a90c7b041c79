package bad;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/shapes")
public interface SecUnsupportedPolymorphism {
  @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
  @JsonSubTypes(@JsonSubTypes.Type(Circle.class))
  interface Shape {}

  record Circle(double radius) implements Shape {}

  record Drawing(Shape first, java.util.List<Shape> more) {}

  @GET
  Drawing drawing();
}
