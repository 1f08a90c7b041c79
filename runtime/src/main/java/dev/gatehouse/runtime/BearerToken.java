package dev.gatehouse.runtime;

import java.util.Objects;

/**
 * A bearer token (RFC 6750) as sent, with the transport that carried it.
 *
 * @param token the token, syntactically a {@code b64token}; not decoded or validated further
 * @param transport where the token came from; responses to a {@link Transport#QUERY} request must
 *     carry {@code Cache-Control: private} (RFC 6750 section 2.3)
 */
public record BearerToken(String token, Transport transport) implements Credential {

  /** The RFC 6750 section 2 methods of sending a bearer token. */
  public enum Transport {
    /** The {@code Authorization: Bearer} header (section 2.1), always enabled. */
    HEADER,
    /** The {@code access_token} parameter of a urlencoded form body (section 2.2), opt-in. */
    FORM_BODY,
    /** The {@code access_token} query parameter (section 2.3), opt-in and discouraged. */
    QUERY,
    /**
     * The {@code Authorization: DPoP} header of RFC 9449, accepted only for schemes whose tokens
     * are declared DPoP-bound; the proof travels in the {@code DPoP} header.
     */
    DPOP
  }

  /** Checks that both parts are present. */
  public BearerToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(transport, "transport");
  }

  /** Shows the transport but never the token. */
  @Override
  public String toString() {
    return "BearerToken[transport=" + transport + ", token=****]";
  }
}
