package dev.gatehouse.runtime.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * What the route table says about one request: it is this operation, it is no Gatehouse operation,
 * or its path is refused ({@link Refusal#INVALID_PATH}, 400) because stacks could disagree on where
 * it goes.
 *
 * @param outcome which of the three
 * @param operation the operation when {@code outcome} is {@link Outcome#OPERATION}, else null
 */
public record RouteMatch(Outcome outcome, Operation operation) {

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
  public Optional<Operation> matched() {
    return Optional.ofNullable(operation);
  }
}
