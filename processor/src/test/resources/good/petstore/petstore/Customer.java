package petstore;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NegativeOrZero;
import java.util.List;

/** A customer: a person with contact details and past orders. */
public class Customer extends Person {
  @JsonProperty("e-mail")
  @Email
  private String email;

  /** Loyalty points spent, never positive. */
  @NegativeOrZero
  public int pointsSpent;

  private transient String sessionCache;

  @JsonIgnore
  public String getPasswordHash() {
    return "";
  }

  public String getEmail() {
    return email;
  }

  /** The customer's past orders. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<Order> getOrders() {
    return List.of();
  }

  /** Whether the customer gets the newsletter. */
  public boolean isSubscribed() {
    return false;
  }

  public Page<Tag> getFavouriteTags() {
    return null;
  }

  /** Where orders are shipped. */
  public Address getAddress() {
    return null;
  }
}
