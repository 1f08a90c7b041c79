package petstore;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.Positive;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An order for pets.
 *
 * @param id the order number
 * @param petId the pet ordered
 * @param quantity how many
 * @param shipDate when the order ships
 * @param deliveryWindow how long delivery may take
 * @param deliverAfter the earliest time of day to deliver
 * @param status where the order is
 * @param complete whether the order is done
 * @param total the price
 * @param discount a discount in percent, as a negative number
 * @param rating the buyer's rating
 * @param score an internal score
 * @param serial a very long number
 * @param lines the pets of the order by line label
 * @param priority the shipping priority
 * @param initial a one-letter code
 * @param comment a note from the buyer
 * @param payment how the order is paid
 * @param reward the reward the order earned
 */
public record Order(
    long id,
    long petId,
    @Positive @Max(100) int quantity,
    OffsetDateTime shipDate,
    Duration deliveryWindow,
    LocalTime deliverAfter,
    Status status,
    boolean complete,
    Money total,
    @Negative Double discount,
    @Min(1) @Max(5) Integer rating,
    @DecimalMax(value = "9.5", inclusive = false) Float score,
    BigInteger serial,
    Map<String, Pet> lines,
    short priority,
    Character initial,
    @JsonProperty(required = true) String comment,
    Payment payment,
    Reward reward) {

  /** Where an order is. */
  public enum Status {
    PLACED,
    APPROVED,
    DELIVERED
  }
}
