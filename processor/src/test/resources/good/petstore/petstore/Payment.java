package petstore;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;

/**
 * How an order is paid: the {@code method} property names the kind.
 *
 * <p>The ids come from {@code @JsonSubTypes} names, {@code @JsonTypeName} and Jackson's default.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Payment.Card.class, names = {"card", "credit-card"}),
  @JsonSubTypes.Type(Payment.BankTransfer.class),
  @JsonSubTypes.Type(Payment.Cash.class)
})
public sealed interface Payment {

  /**
   * A card payment.
   *
   * @param last4 the card number's last four digits
   */
  record Card(@NotBlank String last4) implements Payment {}

  /**
   * A bank transfer.
   *
   * @param iban the payer's account
   */
  @JsonTypeName("bank")
  record BankTransfer(String iban) implements Payment {}

  /**
   * Cash on delivery.
   *
   * @param change the change the courier must bring
   */
  record Cash(BigDecimal change) implements Payment {}
}
