package dev.gatehouse.runtime;

import java.util.Optional;

/**
 * The members of a token's {@code cnf} claim (RFC 7800) that bind it to its legitimate client.
 *
 * @param jkt the RFC 7638 SHA-256 thumbprint of the client's DPoP key, base64url (RFC 9449 section
 *     6), or null
 * @param x5tS256 the SHA-256 thumbprint of the client's certificate, base64url ({@code x5t#S256},
 *     RFC 8705 section 3.1), or null
 */
public record Confirmation(String jkt, String x5tS256) {

  /** No confirmation: a plain bearer token. */
  public static final Confirmation NONE = new Confirmation(null, null);

  /** The DPoP key thumbprint, if the token is DPoP-bound. */
  public Optional<String> keyThumbprint() {
    return Optional.ofNullable(jkt);
  }

  /** The certificate thumbprint, if the token is certificate-bound. */
  public Optional<String> certificateThumbprint() {
    return Optional.ofNullable(x5tS256);
  }

  /** Whether the token is bound to anything. */
  public boolean isBound() {
    return jkt != null || x5tS256 != null;
  }

  /** Thumbprints are public; shown for debugging. */
  @Override
  public String toString() {
    return "Confirmation[jkt=" + jkt + ", x5t#S256=" + x5tS256 + "]";
  }
}
