package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Decision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the route table says about one request: it is this operation, it is no Gatehouse operation,
 * or its path is refused (400) because stacks could disagree on where it goes.
 *
 * @param outcome which of the three
 * @param operation the operation when {@code outcome} is {@link Outcome#OPERATION}, else null
 */
public record RouteMatch(Outcome outcome, OperationSecurity operation) {
  /** The refusal an adapter writes for {@link Outcome#REFUSED}. */
  public static final Decision.Deny INVALID_PATH =
      new Decision.Deny(400, List.of(), "Invalid request path");

  /** The refusal an adapter that only serves operations writes for {@link Outcome#NONE}. */
  public static final Decision.Deny NOT_FOUND = new Decision.Deny(404, List.of(), "Not Found");

  /** The three answers. */
  public enum Outcome {
    OPERATION,
    NONE,
    REFUSED
  }

  static final RouteMatch NONE = new RouteMatch(Outcome.NONE, null);
  static final RouteMatch REFUSED = new RouteMatch(Outcome.REFUSED, null);

  public RouteMatch {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.OPERATION) != (operation != null)) {
      throw new IllegalArgumentException("an operation goes with OPERATION only");
    }
  }

  /** The matched operation, if any. */
  public Optional<OperationSecurity> matched() {
    return Optional.ofNullable(operation);
  }

  /** The operation's key, {@code "GET /items/{id}"}, as adapters expose it to handlers. */
  public static String key(OperationSecurity operation) {
    return operation.httpMethod() + " " + operation.path();
  }
}
