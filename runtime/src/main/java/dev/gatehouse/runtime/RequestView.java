package dev.gatehouse.runtime;

import java.util.List;
import java.util.Optional;

/**
 * The read-only view of one HTTP request that a framework adapter implements and credential
 * extractors read.
 *
 * <p>Adapters hand over what they received, undecoded and unjoined: extractors do all parsing
 * (cookies, query strings, form bodies) themselves so that every framework gets the same strict
 * rules. Implementations must not log or print header values, since they carry secrets.
 */
public interface RequestView {

  /** The request method exactly as received, such as {@code "GET"} (methods are case-sensitive). */
  String method();

  /**
   * The path of the request-target exactly as received, percent-encoding intact and without the
   * query, such as {@code "/items/a%2Fb"}.
   */
  String path();

  /**
   * The query component of the request-target exactly as received, without the leading {@code ?}
   * and not percent-decoded; empty when the target has no {@code ?}.
   *
   * <p>Extractors parse it themselves (strict percent-decoding, {@code &} as the only separator,
   * repeated names detected), so adapters must not hand over a decoded or re-assembled query, and
   * never one that mixes in form-body parameters.
   */
  Optional<String> rawQuery();

  /**
   * Every field line with this name, matched case-insensitively, in the order received; an empty
   * list when there is none.
   *
   * <p>Each element is one field line's value. Adapters must not join repeated lines with commas
   * (extractors need to see that {@code Authorization} came twice) and must not split a line at
   * commas. Raw {@code Cookie} lines come through here too.
   */
  List<String> headers(String name);

  /**
   * The request body for the RFC 6750 form-body bearer transport: the whole body when it is at most
   * 64 KiB, else its first 64 KiB and one more byte (so that the extractor can refuse it as too
   * large without reading the rest). Called only when that transport is enabled for a scheme of the
   * operation and the request is a non-GET urlencoded form; adapters read the body then, and hand
   * it to the application unconsumed afterwards. Every Gatehouse adapter implements it; the
   * default, empty, makes such requests fail closed (401) instead of silently ignoring a token in
   * the body. Callers do not modify the array.
   */
  default Optional<byte[]> body() {
    return Optional.empty();
  }

  /**
   * The request's absolute URL as this server received it, without query and fragment: {@code
   * scheme://host[:port]/path}, the scheme from the connection (http or https) and the authority
   * from the {@code Host} header, for matching a DPoP proof's {@code htu} (RFC 9449). Empty when
   * the adapter cannot tell; then only a configured external base URL lets DPoP proofs through
   * (docs/sender-constrained-tokens.md). Adapters never build it from {@code Forwarded} or {@code
   * X-Forwarded-*} headers, which any client can send.
   */
  default Optional<String> requestUrl() {
    return Optional.empty();
  }

  /**
   * The client certificate chain of the TLS connection, end-entity certificate first, for
   * certificate-bound tokens (RFC 8705); empty over plain HTTP, without client authentication, or
   * when the adapter cannot tell.
   */
  default List<java.security.cert.X509Certificate> clientCertificates() {
    return List.of();
  }

  /**
   * The IP address of the peer that opened the connection (a proxy, when there is one), as a
   * literal such as {@code "10.0.0.7"}; empty when unknown. Used to trust a certificate header only
   * from configured proxies.
   */
  default Optional<String> remoteAddress() {
    return Optional.empty();
  }
}
