package dev.gatehouse.processor.model;

import java.util.List;

/**
 * An endpoint interface (a type with a JAX-RS {@code @Path}) and all its operations, its own and
 * those of its superinterfaces, each with its effective security, and its Javadoc (empty when none)
 * as the description of its tag.
 */
public record EndpointInterface(
    String qualifiedName,
    String simpleName,
    String description,
    List<Operation> operations,
    SourceRef source) {

  public EndpointInterface {
    operations = List.copyOf(operations);
  }
}
