package dev.gatehouse.runtime;

import java.time.Duration;

/**
 * Slows down credential guessing per client address: {@link
 * Gatehouse.Builder#throttleClientAddresses} asks it before a request's credentials are checked and
 * tells it of every rejected credential. {@code gatehouse-jdbc}'s {@code
 * LoginThrottle.perClientAddress()} implements it with exponential back-off, shared across replicas
 * through PostgreSQL.
 *
 * <p>Implementations must hold constant memory under a flood of distinct addresses (a bounded or
 * external store) and must never let a request through when their store cannot answer: they throw
 * {@link VerifierUnavailableException} instead, which Gatehouse answers with 503.
 */
public interface ClientAddressThrottle {
  /**
   * How long requests from {@code clientAddress} must still wait before their credentials are
   * checked; {@link Duration#ZERO} when they may proceed. A non-zero wait is answered 429 with
   * {@code Retry-After}.
   */
  Duration waitFor(String clientAddress) throws VerifierUnavailableException;

  /** A credential sent from {@code clientAddress} was malformed or rejected. */
  void failed(String clientAddress) throws VerifierUnavailableException;
}
