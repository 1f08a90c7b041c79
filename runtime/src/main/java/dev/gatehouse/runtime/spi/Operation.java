package dev.gatehouse.runtime.spi;

import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.RequestView;

/**
 * One operation of a Gatehouse endpoint interface, bound to the {@link Gatehouse} that decides its
 * requests: what an adapter finds with {@link HandlerOperations} or {@link RouteTable} and then
 * asks to {@link #decide decide}.
 *
 * <p>{@link Gatehouse#operations()} makes the instances; adapters never implement this interface.
 * Instances are immutable and thread-safe.
 */
public interface Operation {

  /**
   * The binary name of the endpoint interface that declares it, e.g. {@code com.example.ItemsApi}.
   */
  String endpointInterface();

  /**
   * The Java method, {@code name(paramType,...)} with the parameter types' binary names as {@link
   * java.lang.reflect.Method} reports them, such as {@code item(java.util.UUID)}.
   */
  String signature();

  /** The HTTP method, such as {@code GET}. */
  String httpMethod();

  /** The OpenAPI path template, such as {@code /items/{id}}. */
  String path();

  /** {@code "<httpMethod> <path>"}, such as {@code "GET /items/{id}"}: its name for handlers. */
  default String key() {
    return httpMethod() + " " + path();
  }

  /**
   * Decides one request for this operation: allow it, with the verified callers, or refuse it
   * ({@link Refusal#of(Decision.Deny)} says what to write). Never throws.
   */
  Decision decide(RequestView request);

  /**
   * The answer to a refusal of this operation, its body written by the application's {@link
   * dev.gatehouse.runtime.RefusalRenderer}: what adapters write for a {@link Decision.Deny}.
   */
  default Refusal refusal(Decision.Deny deny) {
    return Refusal.of(deny);
  }

  /**
   * Whether {@link #decide} or {@link #refusal} may block the calling thread: {@code false} only
   * when every verifier the operation's schemes use says it never blocks ({@link
   * dev.gatehouse.runtime.Verifier#mayBlock()}) and nothing else on the decision's path could (no
   * Digest scheme, no DPoP or certificate-bound scheme, no client-address throttle, no decision
   * listener, no refusal renderer of the application's). A reactive adapter decides an operation
   * that cannot block on the event loop and hands every other one to a thread that may block.
   */
  default boolean mayBlock() {
    return true;
  }
}
