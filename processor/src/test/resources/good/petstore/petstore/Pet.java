package petstore;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A pet in the store.
 *
 * @param id the pet's number, assigned by the store
 * @param name what the pet answers to, e.g. {@code Rex}
 * @param category the pet's kind
 * @param status where the pet is in the sale
 * @param tags labels for searching
 * @param photoUrls pictures of the pet
 * @param attributes free-form facts, by name
 * @param birthday the day the pet was born, when known
 * @param weight the weight in kilograms
 * @param internalNote never shown to clients
 * @param thumbnail a small JPEG picture
 * @param chipId the identity chip, if the pet has one
 * @param createdAt when the pet was added
 * @param mother the pet's mother, when she is in the store too
 */
public record Pet(
    long id,
    @NotBlank @Size(max = 64) String name,
    Category category,
    @NotNull Status status,
    List<Tag> tags,
    Set<URI> photoUrls,
    Map<String, String> attributes,
    Optional<LocalDate> birthday,
    @JsonProperty("weight_kg") @DecimalMin(value = "0", inclusive = false) BigDecimal weight,
    @JsonIgnore String internalNote,
    byte[] thumbnail,
    UUID chipId,
    Instant createdAt,
    Pet mother) {

  /** Where a pet is in the sale. */
  public enum Status {
    @JsonProperty("available")
    AVAILABLE,
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("sold")
    SOLD
  }
}
