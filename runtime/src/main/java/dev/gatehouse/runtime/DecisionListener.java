package dev.gatehouse.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hears every decision, for logs and metrics: which operation, allowed or why refused, and which
 * schemes. It never sees a credential, a principal object or request data. Register it with {@link
 * Gatehouse.Builder#listener(DecisionListener)}; it runs on the request's thread after the
 * decision, and anything it throws is ignored (it cannot change the outcome).
 */
@FunctionalInterface
public interface DecisionListener {

  /** Called once per decided request. */
  void decided(Event event);

  /**
   * One decision.
   *
   * @param operation the operation's key, such as {@code "GET /items/{id}"}
   * @param status 200 when allowed, else the refusal's status
   * @param reason empty when allowed
   * @param schemes when allowed, the schemes that verified the caller (empty if anonymous); when
   *     refused, every scheme the operation names, in document order
   * @param principal when allowed, the first scheme's principal name; else empty
   */
  record Event(
      String operation,
      int status,
      Optional<Decision.Reason> reason,
      List<String> schemes,
      Optional<String> principal) {
    public Event {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(reason, "reason");
      schemes = List.copyOf(schemes);
      Objects.requireNonNull(principal, "principal");
    }

    /** Whether the request was let in. */
    public boolean allowed() {
      return reason.isEmpty();
    }
  }
}
