package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.VerifierUnavailableException;
import java.sql.SQLException;
import java.time.Duration;

/** Turns a database failure into the 503 + {@code Retry-After} answer, without its message. */
final class StoreOutage {
  private StoreOutage() {}

  static VerifierUnavailableException unavailable(
      String store, Duration retryAfter, SQLException e) {
    // The driver's message may quote SQL or connection details, never request data, but the
    // exception is only kept as the cause: the HTTP answer shows neither.
    return new VerifierUnavailableException(store + " is unreachable", retryAfter, e);
  }
}
