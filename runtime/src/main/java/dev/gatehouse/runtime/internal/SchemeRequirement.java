package dev.gatehouse.runtime.internal;

import java.util.List;

/** One scheme of a requirement object, with the scopes (or roles) it must grant, all of them. */
public record SchemeRequirement(String scheme, List<String> scopes) {

  public SchemeRequirement {
    scopes = List.copyOf(scopes);
  }

  /** A requirement for {@code scheme} with the given scopes. */
  public static SchemeRequirement of(String scheme, String... scopes) {
    return new SchemeRequirement(scheme, List.of(scopes));
  }
}
