package petstore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** A postal address: immutable, made by its {@code @JsonCreator} constructor. */
public final class Address {
  private final String street;
  private final String city;
  private final String postCode;

  @JsonCreator
  public Address(
      @JsonProperty(value = "street", required = true) String street,
      @JsonProperty("city") @NotBlank String city,
      @JsonProperty("post_code") String postCode) {
    this.street = street;
    this.city = city;
    this.postCode = postCode;
  }

  /** The street and number; must be sent, may be null. */
  public String getStreet() {
    return street;
  }

  /** The town. */
  public String getCity() {
    return city;
  }

  /** The postal code, when known. */
  public String getPostCode() {
    return postCode;
  }
}
