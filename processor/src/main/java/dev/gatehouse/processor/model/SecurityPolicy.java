package dev.gatehouse.processor.model;

import java.util.List;

/**
 * The effective security of one operation, after the method-replaces-interface rule: what its
 * OpenAPI {@code security} says and what the runtime enforces.
 *
 * @param mode whether the operation has no {@code security} key, an empty one, or requirements
 * @param alternatives the requirement objects (OR of ANDs) when {@code mode} is {@code REQUIRED}
 * @param optional whether anonymous callers are also let in (an extra {@code {}})
 * @param stepUp the operation's {@code @StepUp} (RFC 9470), method over interface, or null
 */
public record SecurityPolicy(
    Mode mode, List<RequirementAlternative> alternatives, boolean optional, StepUpDecl stepUp) {

  /** How the operation's {@code security} is written. */
  public enum Mode {
    /** No requirement anywhere: no {@code security} key, the operation is public. */
    UNDECLARED,
    /** {@code @Public}: {@code security: []}. */
    PUBLIC,
    /** One or more requirement objects. */
    REQUIRED
  }

  public static final SecurityPolicy UNDECLARED =
      new SecurityPolicy(Mode.UNDECLARED, List.of(), false);
  public static final SecurityPolicy PUBLIC = new SecurityPolicy(Mode.PUBLIC, List.of(), false);

  public SecurityPolicy {
    alternatives = List.copyOf(alternatives);
  }

  /** A policy without step-up. */
  public SecurityPolicy(Mode mode, List<RequirementAlternative> alternatives, boolean optional) {
    this(mode, alternatives, optional, null);
  }

  /** This policy with {@code stepUp} (null for none). */
  public SecurityPolicy withStepUp(StepUpDecl stepUp) {
    return new SecurityPolicy(mode, alternatives, optional, stepUp);
  }

  /** Whether any alternative demands a scope, so that a 403 is possible. */
  public boolean demandsScopes() {
    return alternatives.stream()
        .flatMap(a -> a.schemes().stream())
        .anyMatch(s -> !s.scopes().isEmpty());
  }
}
