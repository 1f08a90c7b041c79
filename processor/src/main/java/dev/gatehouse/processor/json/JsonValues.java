package dev.gatehouse.processor.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/** What counts as a JSON value here. */
final class JsonValues {
  private JsonValues() {}

  /** {@code value} when it is a JSON value; else an {@link IllegalArgumentException}. */
  static Object check(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof JsonObject
        || value instanceof JsonArray
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return value;
    }
    // Doubles and floats are left out on purpose: their text is not one exact value.
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }
}
