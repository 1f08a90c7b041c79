package dev.gatehouse.runtime.internal;

import java.util.List;

/**
 * An operation's step-up requirement (RFC 9470, {@code @StepUp}): the {@code acr} values a token
 * may carry (empty: any) and the most seconds since the user authenticated ({@code -1}: no limit).
 */
public record StepUpRequirement(List<String> acrValues, long maxAge) {

  public StepUpRequirement {
    acrValues = List.copyOf(acrValues);
    if (maxAge == 0 || maxAge < -1) {
      throw new IllegalArgumentException("max_age must be positive, or -1 for none");
    }
    if (acrValues.isEmpty() && maxAge == -1) {
      throw new IllegalArgumentException("a step-up requirement needs acr values or a max_age");
    }
    for (String acr : acrValues) {
      if (!ScopeList.isScopeToken(acr)) {
        throw new IllegalArgumentException("acr values must be NQCHAR tokens without spaces");
      }
    }
  }

  /** Whether the user's authentication may be at most {@link #maxAge()} seconds old. */
  public boolean hasMaxAge() {
    return maxAge > 0;
  }

  /**
   * The challenge parameters of RFC 9470 section 3: {@code acr_values="a b"} and/or {@code
   * max_age=N}, joined by {@code ", "}.
   */
  String challengeParameters() {
    StringBuilder out = new StringBuilder();
    if (!acrValues.isEmpty()) {
      out.append("acr_values=").append(Challenges.quoted(String.join(" ", acrValues)));
    }
    if (hasMaxAge()) {
      out.append(out.length() == 0 ? "" : ", ").append("max_age=").append(maxAge);
    }
    return out.toString();
  }

  /**
   * The requirement in words for a refusal's detail, e.g. {@code acr_values "a b" and max_age 300}.
   */
  String describe() {
    StringBuilder out = new StringBuilder();
    if (!acrValues.isEmpty()) {
      out.append("acr_values \"").append(String.join(" ", acrValues)).append('"');
    }
    if (hasMaxAge()) {
      out.append(out.length() == 0 ? "" : " and ").append("max_age ").append(maxAge);
    }
    return out.toString();
  }
}
