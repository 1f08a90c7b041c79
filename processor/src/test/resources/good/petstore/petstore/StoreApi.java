package petstore;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Access to the store's orders. */
@Path("/store")
@SecurityRequirement("api_key")
public interface StoreApi {
  /**
   * Returns pet inventories by status.
   *
   * @return the number of pets per status
   */
  @GET
  @Path("inventory")
  Map<String, Integer> inventory();

  /**
   * Places an order for a pet.
   *
   * @param order the order
   */
  @POST
  @Path("order")
  CompletableFuture<Order> placeOrder(Order order);

  /**
   * Sends a message about an order.
   *
   * @param notification the message
   */
  @POST
  @Path("notify")
  void send(Notification notification);

  @GET
  @Path("order/{orderId}")
  Order order(@PathParam("orderId") long orderId);
}
