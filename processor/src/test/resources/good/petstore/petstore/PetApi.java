package petstore;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Everything about your <b>pets</b>.
 *
 * <p>Pets are listed, added, changed and removed here.
 */
@Path("/pets")
@Produces("application/json")
@Consumes("application/json")
@SecurityRequirement(value = "petstore_auth", scopes = "read:pets")
public interface PetApi {
  /**
   * Lists pets, one page at a time. The pets are ordered by {@code id}, oldest first.
   *
   * <p>Use {@code offset} from the previous page to go on.
   *
   * @param limit the largest number of pets on the page
   * @param status only pets in this state
   * @return one page of pets
   */
  @GET
  Page<Pet> list(
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("status") Pet.Status status);

  /**
   * Adds a pet to the store.
   *
   * @param pet the new pet, without an {@code id}
   * @return the stored pet, with its {@code id}
   */
  @POST
  @SecurityRequirement(value = "petstore_auth", scopes = {"read:pets", "write:pets"})
  Pet create(Pet pet);

  /**
   * Finds a pet by its id.
   *
   * @param petId the pet's number
   * @return the pet
   */
  @GET
  @Path("{petId}")
  CompletionStage<Pet> get(@PathParam("petId") @Positive long petId);

  /** Replaces a pet, if it exists. */
  @PUT
  @Path("{petId}")
  Optional<Pet> update(@PathParam("petId") long petId, Pet pet);

  /**
   * Changes a pet's name and status from an HTML form.
   *
   * @param petId the pet's number
   * @param name the new name
   * @param status the new status
   * @param age the pet's age in years
   */
  @POST
  @Path("{petId}")
  @Consumes("application/x-www-form-urlencoded")
  void updateWithForm(
      @PathParam("petId") long petId,
      @FormParam("name") @NotNull String name,
      @FormParam("status") Pet.Status status,
      @FormParam("age") int age,
      @FormParam("nickname") @DefaultValue("buddy") String nickname);

  /** Removes a pet. */
  @DELETE
  @Path("{petId}")
  void delete(@PathParam("petId") long petId, @HeaderParam("api_key") @NotBlank String apiKey);

  /**
   * Finds pets by tags.
   *
   * @param tags the tags to look for, all of them
   * @return the pets with all the tags
   * @deprecated use {@link #list} and filter instead
   */
  @GET
  @Path("findByTags")
  @SuppressWarnings("dep-ann") // the Javadoc tag alone marks the operation deprecated
  List<Pet> findByTags(@QueryParam("tags") @NotEmpty @Size(max = 10) List<String> tags);

  /**
   * Uploads a photo.
   *
   * @param petId the pet's number
   * @param photo the image bytes
   */
  @POST
  @Path("{petId}/photo")
  @Consumes("application/octet-stream")
  Response uploadPhoto(@PathParam("petId") long petId, byte[] photo);

  /**
   * The pet's name alone.
   *
   * @return the name as plain text
   */
  @GET
  @Path("{petId}/name")
  @Produces("text/plain")
  String name(@PathParam("petId") long petId);
}
