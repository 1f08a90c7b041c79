/**
 * The Gatehouse runtime: the request view adapters implement, credential values, verifiers and the
 * per-request decision that answers 401/403 with the right challenge.
 */
package dev.gatehouse.runtime;
