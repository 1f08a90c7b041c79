package dev.gatehouse.runtime;

import java.util.Objects;

/**
 * The outcome of running one scheme's extractor on one request: exactly one of absent, ambiguous,
 * malformed or present.
 *
 * <p>How the decision layer uses it (security rules 1.1.1): any {@link Ambiguous} answers 400 (with
 * {@code Bearer error="invalid_request"} when a bearer scheme is involved); any {@link Malformed}
 * fails the request with 401 (with {@code error="invalid_token"} when it came from a bearer
 * extractor), never compensated by another alternative; {@link Present} goes on to verification;
 * {@link Absent} means this scheme cannot be satisfied.
 *
 * @param <C> the credential type of the scheme
 */
public sealed interface Extraction<C extends Credential>
    permits Extraction.Absent, Extraction.Ambiguous, Extraction.Malformed, Extraction.Present {

  /** No credential for this scheme was sent (or it was empty where the rules say empty = none). */
  static <C extends Credential> Extraction<C> absent() {
    return new Absent<>();
  }

  /** A credential was sent and parsed. */
  static <C extends Credential> Extraction<C> present(C credential) {
    return new Present<>(credential);
  }

  /** A rejection: {@link Ambiguous} or {@link Malformed}, whichever {@code reason} belongs to. */
  static <C extends Credential> Extraction<C> rejected(Reason reason) {
    return reason.ambiguous() ? new Ambiguous<>(reason) : new Malformed<>(reason);
  }

  /** No credential for this scheme in the request. */
  record Absent<C extends Credential>() implements Extraction<C> {}

  /**
   * The request itself is unusable for this scheme (duplicates, several transports, bad encoding):
   * nobody can say which credential is meant, so the request is refused with 400.
   *
   * @param reason why, from the fixed vocabulary; always one with {@link Reason#ambiguous()}
   */
  record Ambiguous<C extends Credential>(Reason reason) implements Extraction<C> {
    /** Checks that the reason is an ambiguity. */
    public Ambiguous {
      if (!reason.ambiguous()) {
        throw new IllegalArgumentException(reason + " is not an ambiguity");
      }
    }
  }

  /**
   * A credential for this scheme was sent but cannot be valid, so the request fails with 401.
   *
   * @param reason why, from the fixed vocabulary; never one with {@link Reason#ambiguous()}
   */
  record Malformed<C extends Credential>(Reason reason) implements Extraction<C> {
    /** Checks that the reason is not an ambiguity. */
    public Malformed {
      if (reason.ambiguous()) {
        throw new IllegalArgumentException(reason + " is an ambiguity");
      }
    }
  }

  /**
   * A credential was extracted and awaits verification.
   *
   * @param credential the credential; its {@code toString()} is redacted, and so is this record's
   */
  record Present<C extends Credential>(C credential) implements Extraction<C> {
    /** Checks that the credential is there. */
    public Present {
      Objects.requireNonNull(credential, "credential");
    }
  }

  /**
   * Why an extraction was rejected: a fixed vocabulary, safe to log and to map to responses, never
   * carrying request data.
   */
  enum Reason {
    /** Two or more {@code Authorization} field lines (decision P1). */
    DUPLICATE_AUTHORIZATION(true),
    /** The API-key header came twice, or its value holds a comma (lines joined by a proxy). */
    DUPLICATE_HEADER(true),
    /** The query or form parameter came more than once. */
    DUPLICATE_PARAMETER(true),
    /** The cookie name came more than once, across all {@code Cookie} lines (decision P5). */
    DUPLICATE_COOKIE(true),
    /** A bearer token came by more than one enabled transport (RFC 6750 section 2). */
    MULTIPLE_BEARER_TRANSPORTS(true),
    /** An auth-param name came twice (RFC 9110 section 11.2). */
    DUPLICATE_AUTH_PARAM(true),
    /** An {@code access_token} parameter was present but empty (decision P4: 400). */
    EMPTY_ACCESS_TOKEN(true),
    /** The query string or form body is not strictly percent-encoded UTF-8. */
    BAD_PERCENT_ENCODING(true),
    /** The Digest {@code uri} differs from the request-target (RFC 7616 section 3.4.6). */
    DIGEST_URI_MISMATCH(true),

    /** A value exceeded its size cap before it was decoded. */
    TOO_LARGE(false),
    /** A control character (CR, LF, NUL, TAB, DEL or other CTL) where none may be. */
    CONTROL_CHARACTER(false),
    /** The scheme word is not followed by a space (a TAB, comma or other character instead). */
    BAD_SCHEME_SEPARATOR(false),
    /** The credentials are not exactly one {@code token68} / {@code b64token}. */
    BAD_TOKEN68(false),
    /** {@code Bearer} with no token after it (decision P4: 401 invalid_token). */
    EMPTY_TOKEN(false),
    /** Not canonical standard base64 (decision P2). */
    BAD_BASE64(false),
    /** Decoded octets are not well-formed UTF-8. */
    NOT_UTF8(false),
    /** Decoded Basic credentials contain no colon. */
    NO_COLON(false),
    /** The user-id is empty. */
    EMPTY_USERNAME(false),
    /** The Basic password is empty. */
    EMPTY_PASSWORD(false),
    /** The auth-param list is not valid syntax, or a Digest parameter has an invalid value. */
    BAD_AUTH_PARAM(false),
    /** A Digest parameter that RFC 7616 requires is missing. */
    MISSING_AUTH_PARAM(false),
    /** Digest parameters that exclude each other were both sent ({@code username*}). */
    CONFLICTING_AUTH_PARAMS(false),
    /** Generic scheme credentials are neither a token68 nor an auth-param list. */
    BAD_CREDENTIALS_SYNTAX(false),
    /** The API-key cookie's name or value breaks the RFC 6265 cookie grammar. */
    BAD_COOKIE(false),
    /** The request view failed or returned nonsense (null); nothing could be read. */
    UNREADABLE_REQUEST(false);

    private final boolean ambiguous;

    Reason(boolean ambiguous) {
      this.ambiguous = ambiguous;
    }

    /**
     * Whether this reason makes an {@link Ambiguous} outcome (400) rather than a {@link Malformed}
     * one (401).
     */
    public boolean ambiguous() {
      return ambiguous;
    }
  }
}
