package dev.gatehouse.processor.model;

import java.util.List;

/**
 * One scheme named by a {@code @SecurityRequirement}, with the scopes (or, for non-OAuth schemes,
 * roles) it demands, in declaration order without duplicates.
 */
public record SchemeUse(String schemeName, List<String> scopes, SourceRef source) {

  public SchemeUse {
    scopes = List.copyOf(scopes);
  }
}
