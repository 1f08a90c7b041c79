package petstore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount with its currency, written as text such as {@code "12.50 EUR"}. */
public final class Money {
  private final String text;

  private Money(String text) {
    this.text = text;
  }

  @JsonCreator
  public static Money parse(String text) {
    return new Money(text);
  }

  @JsonValue
  public String text() {
    return text;
  }

  /** Not a property: the class is written as its {@code @JsonValue}. */
  public String getCurrency() {
    return text.substring(text.length() - 3);
  }
}
