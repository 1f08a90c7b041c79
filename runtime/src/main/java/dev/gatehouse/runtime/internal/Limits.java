package dev.gatehouse.runtime.internal;

/**
 * The size caps every extractor checks before decoding anything (security rules 1.2.9, 1.4.1, 1.10
 * "bounded work"); exceeding one yields {@code Malformed(TOO_LARGE)}.
 */
public final class Limits {

  /** One {@code Authorization} or API-key header line, after removing surrounding whitespace. */
  static final int FIELD_LINE_CHARS = 8 * 1024;

  /** A bearer token or API key from any transport (JWTs are capped at 8 KiB, rule 1.4.1). */
  static final int CREDENTIAL_CHARS = 8 * 1024;

  /** A decoded Basic user-id, in code points (rule 1.2.9). */
  static final int USERNAME_CODE_POINTS = 256;

  /** A decoded Basic password, in UTF-8 bytes (rule 1.2.9). */
  static final int PASSWORD_BYTES = 1024;

  /** The raw query string, when an extractor must parse it. */
  static final int QUERY_CHARS = 64 * 1024;

  /** All {@code Cookie} lines joined. */
  static final int COOKIE_CHARS = 64 * 1024;

  /** A form body read for the bearer form transport. */
  public static final int FORM_BODY_BYTES = 64 * 1024;

  private Limits() {}
}
