package dev.gatehouse.processor.model;

import java.util.List;

/**
 * One Security Requirement Object: every scheme in it is needed together (AND). A plain
 * {@code @SecurityRequirement} is an alternative of one scheme; a {@code @SecurityRequirementsSet}
 * one of several.
 */
public record RequirementAlternative(List<SchemeUse> schemes, SourceRef source) {

  public RequirementAlternative {
    schemes = List.copyOf(schemes);
  }
}
