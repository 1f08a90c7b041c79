package dev.gatehouse.processor.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array. Values are checked on the way in, as {@link JsonObject}'s are. */
public final class JsonArray {
  private final List<Object> values = new ArrayList<>();

  /** Appends a string (JSON {@code null} when null). */
  public JsonArray add(String value) {
    values.add(value);
    return this;
  }

  public JsonArray add(boolean value) {
    values.add(value);
    return this;
  }

  public JsonArray add(int value) {
    values.add(value);
    return this;
  }

  public JsonArray add(long value) {
    values.add(value);
    return this;
  }

  public JsonArray add(BigDecimal value) {
    values.add(value);
    return this;
  }

  /** Appends any JSON value. */
  public JsonArray add(Object value) {
    values.add(JsonValues.check(value));
    return this;
  }

  /** Appends a new empty object and returns it. */
  public JsonObject addObject() {
    JsonObject object = new JsonObject();
    values.add(object);
    return object;
  }

  /** Appends a new empty array and returns it. */
  public JsonArray addArray() {
    JsonArray array = new JsonArray();
    values.add(array);
    return array;
  }

  public Object get(int index) {
    return values.get(index);
  }

  public int size() {
    return values.size();
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The values in order, read-only. */
  public List<Object> values() {
    return Collections.unmodifiableList(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonArray other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The array on one line, as {@link JsonWriter#compact} prints it. */
  @Override
  public String toString() {
    return JsonWriter.compact(this);
  }
}
