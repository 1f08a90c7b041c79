package poly;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/draw")
public interface DrawApi {
  @POST
  Shape draw(Shape shape);

  @POST
  @Path("events")
  void record(Event event);

  @GET
  @Path("figure")
  Figure figure();
}
