package dev.gatehouse.runtime.internal;

/** The kind of a declared scheme: decides its challenge and the verifier type it takes. */
public enum SchemeKind {
  API_KEY,
  BASIC,
  BEARER,
  DIGEST,
  HTTP,
  OAUTH2,
  OPEN_ID_CONNECT;

  /**
   * Whether credentials travel as RFC 6750 bearer tokens (and refusals use the Bearer challenge).
   */
  public boolean isBearerFamily() {
    return this == BEARER || this == OAUTH2 || this == OPEN_ID_CONNECT;
  }
}
