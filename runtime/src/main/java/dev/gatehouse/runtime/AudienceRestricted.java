package dev.gatehouse.runtime;

import java.util.Set;

/**
 * A bearer-token verifier that accepts only tokens for certain audiences. {@link
 * Gatehouse.Builder#build()} checks them against the resource identifier of the API's
 * protected-resource metadata (RFC 8707, RFC 9728), so a verifier configured for another resource
 * fails at start-up instead of accepting tokens minted for it.
 */
public interface AudienceRestricted {
  /** Every audience one of which a token's {@code aud} must contain to be accepted. */
  Set<String> audiences();
}
