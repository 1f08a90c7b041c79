package dev.gatehouse.processor.model;

/**
 * A URL attribute (token, authorization, refresh, discovery ...) with the attribute it came from,
 * so that URL checks can name and point at it.
 *
 * @param attribute the annotation attribute, e.g. {@code tokenUrl}
 * @param url the value as written; empty when not given
 */
public record UrlValue(String attribute, String url, SourceRef source) {

  /** Whether a URL was given. */
  public boolean isPresent() {
    return !url.isEmpty();
  }

  UrlValue definition() {
    return new UrlValue(attribute, url, null);
  }
}
