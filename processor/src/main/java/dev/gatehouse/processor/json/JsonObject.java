package dev.gatehouse.processor.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object whose members print in the order they were first put (putting a name again replaces
 * the value in place). Values are checked on the way in: only JSON values (see the {@link
 * dev.gatehouse.processor.json package}) are accepted.
 */
public final class JsonObject {
  private final Map<String, Object> members = new LinkedHashMap<>();

  /** Sets {@code name} to {@code value} (JSON {@code null} when null). */
  public JsonObject put(String name, String value) {
    members.put(checkName(name), value);
    return this;
  }

  public JsonObject put(String name, boolean value) {
    members.put(checkName(name), value);
    return this;
  }

  public JsonObject put(String name, int value) {
    members.put(checkName(name), value);
    return this;
  }

  public JsonObject put(String name, long value) {
    members.put(checkName(name), value);
    return this;
  }

  /** Sets {@code name} to the number, printed as {@link BigDecimal#toString()} prints it. */
  public JsonObject put(String name, BigDecimal value) {
    members.put(checkName(name), value);
    return this;
  }

  /** Sets {@code name} to any JSON value. */
  public JsonObject set(String name, Object value) {
    members.put(checkName(name), JsonValues.check(value));
    return this;
  }

  /** Sets {@code name} to a new empty object and returns it. */
  public JsonObject putObject(String name) {
    JsonObject object = new JsonObject();
    members.put(checkName(name), object);
    return object;
  }

  /** Sets {@code name} to a new empty array and returns it. */
  public JsonArray putArray(String name) {
    JsonArray array = new JsonArray();
    members.put(checkName(name), array);
    return array;
  }

  /** Puts every member of {@code values}, in its iteration order. */
  public JsonObject setAll(Map<String, ?> values) {
    values.forEach(this::set);
    return this;
  }

  /** Puts every member of {@code other}, in its order. */
  public JsonObject setAll(JsonObject other) {
    members.putAll(other.members);
    return this;
  }

  /** The member's value; null when absent (or JSON {@code null}: see {@link #has}). */
  public Object get(String name) {
    return members.get(name);
  }

  /** The member when it is an object, else null. */
  public JsonObject object(String name) {
    return members.get(name) instanceof JsonObject object ? object : null;
  }

  /** The member when it is a string, else {@code ""}. */
  public String text(String name) {
    return members.get(name) instanceof String text ? text : "";
  }

  public boolean has(String name) {
    return members.containsKey(name);
  }

  /** Removes the member; returns its value (null when absent). */
  public Object remove(String name) {
    return members.remove(name);
  }

  public int size() {
    return members.size();
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** The members in print order, read-only. */
  public Set<Map.Entry<String, Object>> members() {
    return Collections.unmodifiableMap(members).entrySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonObject other && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  /** The object on one line, as {@link JsonWriter#compact} prints it. */
  @Override
  public String toString() {
    return JsonWriter.compact(this);
  }

  private static String checkName(String name) {
    if (name == null) {
      throw new NullPointerException("member name");
    }
    return name;
  }
}
