package dev.gatehouse.processor.model;

import java.util.List;

/**
 * A {@code @StepUp} as written (RFC 9470): the authentication contexts an operation accepts and the
 * maximum age of the user's authentication, with the positions of each value.
 *
 * @param acrValues the {@code acrValues} in declaration order, each with its position
 * @param acrValuesGiven whether {@code acrValues} was written (an explicit {@code {}} is an error)
 * @param maxAge the {@code maxAge} in seconds, {@code -1} when not written
 * @param maxAgeGiven whether {@code maxAge} was written (an explicit {@code -1} is an error)
 * @param source the annotation, and where its attributes were written
 */
public record StepUpDecl(
    List<AcrValue> acrValues,
    boolean acrValuesGiven,
    int maxAge,
    boolean maxAgeGiven,
    SourceRef source,
    SourceRef acrValuesSource,
    SourceRef maxAgeSource) {

  /** One {@code acr} value with its position. */
  public record AcrValue(String value, SourceRef source) {}

  public StepUpDecl {
    acrValues = List.copyOf(acrValues);
  }

  /** The acr values, in declaration order. */
  public List<String> acr() {
    return acrValues.stream().map(AcrValue::value).toList();
  }

  /** Whether a maximum authentication age is required. */
  public boolean hasMaxAge() {
    return maxAgeGiven;
  }
}
