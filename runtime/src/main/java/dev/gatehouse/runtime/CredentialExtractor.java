package dev.gatehouse.runtime;

/**
 * Pulls one security scheme's credential out of a request, without verifying it.
 *
 * <p>Implementations never throw, whatever the request holds: anything they cannot make sense of is
 * reported as {@link Extraction.Malformed} or {@link Extraction.Ambiguous}. Work is bounded by size
 * caps checked before any decoding.
 *
 * @param <C> the credential type this scheme produces
 */
@FunctionalInterface
public interface CredentialExtractor<C extends Credential> {

  /** Reads this scheme's credential from {@code request}; never throws and never returns null. */
  Extraction<C> extract(RequestView request);
}
