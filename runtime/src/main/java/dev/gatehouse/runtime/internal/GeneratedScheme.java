package dev.gatehouse.runtime.internal;

/**
 * Implemented by every generated credential-extractor class, one per declared scheme, and listed
 * in {@code META-INF/services/dev.gatehouse.runtime.internal.GeneratedScheme}.
 */
public interface GeneratedScheme {
  /** The scheme this class extracts credentials for. */
  SchemeDefinition definition();
}
