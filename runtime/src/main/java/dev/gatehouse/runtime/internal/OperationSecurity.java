package dev.gatehouse.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The security of one operation exactly as the OpenAPI document states it: an OR of requirement
 * objects, each an AND of schemes with scopes, optionally with {@code {}} (anonymous allowed), or
 * public.
 *
 * @param signature the Java method, {@code name(paramType,...)} with binary type names, as {@link
 *     java.lang.reflect.Method} reports them
 * @param alternatives the requirement objects in document order; empty when public
 * @param stepUp the step-up requirement ({@code @StepUp}, RFC 9470), or null
 */
public record OperationSecurity(
    String signature,
    String httpMethod,
    String path,
    List<List<SchemeRequirement>> alternatives,
    boolean optional,
    StepUpRequirement stepUp) {

  public OperationSecurity {
    Objects.requireNonNull(signature, "signature");
    List<List<SchemeRequirement>> copy = new ArrayList<>();
    for (List<SchemeRequirement> alternative : alternatives) {
      copy.add(List.copyOf(alternative));
    }
    alternatives = List.copyOf(copy);
  }

  /** An operation without step-up. */
  public OperationSecurity(
      String signature,
      String httpMethod,
      String path,
      List<List<SchemeRequirement>> alternatives,
      boolean optional) {
    this(signature, httpMethod, path, alternatives, optional, null);
  }

  /** This operation with {@code stepUp} (null for none). */
  public OperationSecurity withStepUp(StepUpRequirement stepUp) {
    return new OperationSecurity(signature, httpMethod, path, alternatives, optional, stepUp);
  }

  /** An operation without any requirement ({@code @Public}, or nothing declared). */
  public static OperationSecurity open(String signature, String httpMethod, String path) {
    return new OperationSecurity(signature, httpMethod, path, List.of(), false);
  }

  /** An operation that needs one of {@code alternatives} (each an AND of schemes). */
  @SafeVarargs
  public static OperationSecurity required(
      String signature, String httpMethod, String path, List<SchemeRequirement>... alternatives) {
    return new OperationSecurity(signature, httpMethod, path, List.of(alternatives), false);
  }

  /**
   * An operation ({@code @OptionalSecurity}) that checks credentials against {@code alternatives}
   * when they are sent and lets anonymous callers in.
   */
  @SafeVarargs
  public static OperationSecurity optional(
      String signature, String httpMethod, String path, List<SchemeRequirement>... alternatives) {
    return new OperationSecurity(signature, httpMethod, path, List.of(alternatives), true);
  }

  /** An operation with requirements; {@code optional} lets anonymous callers in. */
  @SafeVarargs
  public static OperationSecurity required(
      String signature,
      String httpMethod,
      String path,
      boolean optional,
      List<SchemeRequirement>... alternatives) {
    List<List<SchemeRequirement>> list = new ArrayList<>();
    for (List<SchemeRequirement> alternative : alternatives) {
      list.add(alternative);
    }
    return new OperationSecurity(signature, httpMethod, path, list, optional);
  }

  /** Whether anyone may call the operation without credentials and none are checked. */
  public boolean isOpen() {
    return alternatives.isEmpty();
  }

  /** Every scheme the operation names, in document order, each once. */
  public Set<String> schemes() {
    Set<String> out = new LinkedHashSet<>();
    alternatives.forEach(a -> a.forEach(r -> out.add(r.scheme())));
    return out;
  }
}
