package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.Redaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The auth-params of an HTTP Digest {@code Authorization} header (RFC 7616), parsed but not
 * verified.
 *
 * <p>Parameter names are case-insensitive; values are as sent, with quoted-string quotes removed
 * and quoted-pairs unescaped exactly once. The extractor guarantees {@code username} (or {@code
 * username*}), {@code realm}, {@code nonce}, {@code uri} and {@code response} are present, that
 * {@code cnonce} and {@code nc} accompany {@code qop}, and that {@code uri} equals the
 * request-target.
 */
public final class DigestCredentials implements Credential {

  private final String username;
  private final Map<String, String> params;
  private final String method;

  /**
   * Creates the credentials from a resolved user name and the auth-params.
   *
   * @param username the {@code username} value, or the decoded RFC 8187 {@code username*} value
   * @param params every auth-param, names in any case (each name at most once ignoring case)
   * @throws IllegalArgumentException if a name repeats or {@code realm}, {@code nonce}, {@code uri}
   *     or {@code response} is missing
   */
  public DigestCredentials(String username, Map<String, String> params) {
    this(username, params, "");
  }

  /**
   * Creates the credentials of a request made with {@code method}, which the response digest covers
   * ({@code H(method ":" uri)}, RFC 7616 section 3.4.3).
   *
   * @param method the request method as received, such as {@code GET}
   * @throws IllegalArgumentException as {@link #DigestCredentials(String, Map)}
   */
  public DigestCredentials(String username, Map<String, String> params, String method) {
    this.method = Objects.requireNonNull(method, "method");
    this.username = Objects.requireNonNull(username, "username");
    Map<String, String> copy = new LinkedHashMap<>();
    params.forEach(
        (name, value) -> {
          if (copy.put(fold(name), Objects.requireNonNull(value, name)) != null) {
            throw new IllegalArgumentException("repeated auth-param " + name);
          }
        });
    for (String required : new String[] {"realm", "nonce", "uri", "response"}) {
      if (!copy.containsKey(required)) {
        throw new IllegalArgumentException("missing auth-param " + required);
      }
    }
    this.params = Collections.unmodifiableMap(copy);
  }

  /** The user name: {@code username*} decoded when sent, else {@code username}. */
  public String username() {
    return username;
  }

  /** The method of the request that carried these credentials; empty when not known. */
  public String method() {
    return method;
  }

  /** The {@code realm} the client answered. */
  public String realm() {
    return params.get("realm");
  }

  /** The server nonce the client used. */
  public String nonce() {
    return params.get("nonce");
  }

  /** The {@code uri} the client signed (equal to the request-target). */
  public String uri() {
    return params.get("uri");
  }

  /** The {@code response} digest (hex) to verify. */
  public String response() {
    return params.get("response");
  }

  /** The chosen quality of protection, such as {@code auth}. */
  public Optional<String> qop() {
    return param("qop");
  }

  /** The nonce count, eight lower-case hex digits when present. */
  public Optional<String> nc() {
    return param("nc");
  }

  /** The client nonce. */
  public Optional<String> cnonce() {
    return param("cnonce");
  }

  /** The algorithm, such as {@code SHA-256}; absent means MD5, which verifiers refuse. */
  public Optional<String> algorithm() {
    return param("algorithm");
  }

  /** The opaque value echoed from the challenge. */
  public Optional<String> opaque() {
    return param("opaque");
  }

  /** Whether {@code userhash=true} was sent, so {@link #username()} is a hash. */
  public boolean userhash() {
    return param("userhash").map(v -> fold(v).equals("true")).orElse(false);
  }

  /** Any auth-param by name, matched ASCII-case-insensitively. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(fold(name)));
  }

  /** Every auth-param in the order sent, names in lower case; unmodifiable. */
  public Map<String, String> params() {
    return params;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DigestCredentials other
        && username.equals(other.username)
        && params.equals(other.params)
        && method.equals(other.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, params, method);
  }

  /** Shows user name, realm and algorithm, never the response, nonces or opaque value. */
  @Override
  public String toString() {
    return "DigestCredentials[username="
        + Redaction.escape(username)
        + ", realm="
        + Redaction.escape(realm())
        + ", algorithm="
        + algorithm().map(Redaction::escape).orElse("(none)")
        + ", response=****]";
  }

  private static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }
}
