package dev.gatehouse.processor.model;

import java.util.List;

/**
 * The security annotations written on one element (an endpoint interface or a method), before the
 * method-replaces-interface rule is applied.
 *
 * @param alternatives the requirement objects, in declaration order (OR)
 * @param optional where {@code @OptionalSecurity} is written, or null
 * @param publicRef where {@code @Public} is written, or null
 */
public record DeclaredSecurity(
    List<RequirementAlternative> alternatives, SourceRef optional, SourceRef publicRef) {

  /** Nothing declared. */
  public static final DeclaredSecurity NONE = new DeclaredSecurity(List.of(), null, null);

  public DeclaredSecurity {
    alternatives = List.copyOf(alternatives);
  }

  /** Whether this element states its own requirement, which replaces an inherited one. */
  public boolean replacesInherited() {
    return !alternatives.isEmpty() || publicRef != null;
  }

  /** Whether nothing at all is declared here. */
  public boolean isEmpty() {
    return alternatives.isEmpty() && optional == null && publicRef == null;
  }
}
