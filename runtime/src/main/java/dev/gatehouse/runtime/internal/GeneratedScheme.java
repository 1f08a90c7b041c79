package dev.gatehouse.runtime.internal;

/**
 * Implemented by every generated credential-extractor class, one per declared scheme, and listed in
 * {@code META-INF/services/dev.gatehouse.runtime.internal.GeneratedScheme}.
 */
public interface GeneratedScheme {
  /** The scheme this class extracts credentials for. */
  SchemeDefinition definition();

  /**
   * How the scheme's tokens are bound to their client, from {@code @SenderConstrained}; {@link
   * dev.gatehouse.runtime.SenderConstraint#NONE} for plain bearer tokens and for classes generated
   * before the declaration existed.
   */
  default dev.gatehouse.runtime.SenderConstraint senderConstraint() {
    return dev.gatehouse.runtime.SenderConstraint.NONE;
  }
}
