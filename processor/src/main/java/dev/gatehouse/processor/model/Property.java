package dev.gatehouse.processor.model;

/**
 * One property of an object schema (a record component, field or getter, or a form field).
 *
 * @param name the JSON name ({@code @JsonProperty} over the Java name)
 * @param schema the value's schema
 * @param required whether the property must be present
 * @param nullable whether the value may be {@code null}
 * @param constraints Bean Validation limits on the value
 * @param description the Javadoc text, empty when none
 * @param defaultValue a default as written in the source, or null
 */
public record Property(
    String name,
    DataSchema schema,
    boolean required,
    boolean nullable,
    Constraints constraints,
    String description,
    String defaultValue) {}
