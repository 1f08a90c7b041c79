package dev.gatehouse.processor.model;

/**
 * A named schema for {@code components.schemas}: an object type (record, bean) or an enum.
 *
 * @param key the canonical type, e.g. {@code test.Page<test.Item>}, which {@link DataSchema.Ref}s
 *     name; unique and stable
 * @param simpleName the preferred component name from simple names, e.g. {@code Page_Item}
 * @param qualifiedName the name used when two types share a simple name, e.g. {@code
 *     test.Page_test.Item}
 * @param description the type's Javadoc, empty when none
 * @param schema an {@link DataSchema.ObjectOf} (own properties) or an enum {@link
 *     DataSchema.Scalar}
 * @param parentKey the key of the superclass's component (rendered as {@code allOf}), or null
 */
public record ComponentSchema(
    String key,
    String simpleName,
    String qualifiedName,
    String description,
    DataSchema schema,
    String parentKey) {}
