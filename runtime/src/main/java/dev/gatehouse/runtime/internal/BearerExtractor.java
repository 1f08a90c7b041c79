package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.BearerToken.Transport;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.util.List;
import java.util.Optional;

/**
 * Extracts an RFC 6750 bearer token from the {@code Authorization} header and, when enabled, the
 * {@code access_token} form-body and query parameters (security rules 1.3, decisions P4, P6).
 *
 * <p>A transport counts as used when its header or parameter is present, even empty; disabled
 * transports are not even read. More than one used transport is ambiguous. {@code Bearer} with no
 * token is malformed ({@code invalid_token}); an empty {@code access_token} is ambiguous ({@code
 * invalid_request}, 400). Another scheme in {@code Authorization} is simply absent.
 */
final class BearerExtractor implements CredentialExtractor<BearerToken> {

  private static final String PARAMETER = "access_token";

  private final boolean formBody;
  private final boolean query;

  BearerExtractor(boolean formBody, boolean query) {
    this.formBody = formBody;
    this.query = query;
  }

  @Override
  public Extraction<BearerToken> extract(RequestView request) {
    Extraction<BearerToken> first = header(request);
    int used = first == null ? 0 : 1;
    if (formBody) {
      Optional<Extraction<BearerToken>> form = form(request);
      if (form.isPresent()) {
        used++;
        first = first == null ? form.get() : first;
      }
    }
    if (query) {
      Optional<Extraction<BearerToken>> query = query(request);
      if (query.isPresent()) {
        used++;
        first = first == null ? query.get() : first;
      }
    }
    // Counted before looking inside: a duplicated, empty or undecodable one still counts as used.
    if (used > 1) {
      return Extraction.rejected(Reason.MULTIPLE_BEARER_TRANSPORTS);
    }
    return used == 0 ? Extraction.absent() : first;
  }

  /** The header transport's extraction, or null when the field says nothing about Bearer. */
  private static Extraction<BearerToken> header(RequestView request) {
    AuthorizationField.Parsed field = AuthorizationField.read(request, "Bearer");
    switch (field.kind()) {
      case ABSENT:
        return null;
      case SCHEME_ONLY:
        return Extraction.rejected(Reason.EMPTY_TOKEN);
      case REJECTED:
        return Extraction.rejected(field.reason());
      default:
        String credentials = field.credentials();
        return field.token68() && credentials.length() <= Limits.CREDENTIAL_CHARS
            ? Extraction.present(new BearerToken(credentials, Transport.HEADER))
            : token(credentials, Transport.HEADER);
    }
  }

  /**
   * Rule 1.3.2: not GET, a UTF-8 urlencoded form, an all-ASCII body. An urlencoded body Gatehouse
   * cannot read (another charset, raw non-ASCII bytes, an oversized body) is refused rather than
   * ignored: a token in it would be a second transport nobody counted. An adapter that cannot hand
   * over the body of such a request fails it closed.
   */
  private static Optional<Extraction<BearerToken>> form(RequestView request) {
    if ("GET".equals(request.method()) || "HEAD".equals(request.method())) {
      return Optional.empty();
    }
    switch (FormContentType.classify(request.headers("Content-Type"))) {
      case NOT_A_FORM:
        return Optional.empty();
      case UNREADABLE_FORM:
        return Optional.of(Extraction.rejected(Reason.BAD_PERCENT_ENCODING));
      default:
        break;
    }
    Optional<byte[]> body = request.body();
    if (body.isEmpty()) {
      return Optional.of(Extraction.rejected(Reason.UNREADABLE_REQUEST));
    }
    byte[] bytes = body.get();
    if (bytes.length > Limits.FORM_BODY_BYTES) {
      return Optional.of(Extraction.rejected(Reason.TOO_LARGE));
    }
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return Optional.of(Extraction.rejected(Reason.BAD_PERCENT_ENCODING));
      }
      chars[i] = (char) bytes[i];
    }
    return parameter(new String(chars), Transport.FORM_BODY);
  }

  /** Rule 1.3.3: the raw query string only. */
  private static Optional<Extraction<BearerToken>> query(RequestView request) {
    Optional<String> raw = request.rawQuery();
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.get().length() > Limits.QUERY_CHARS) {
      return Optional.of(Extraction.rejected(Reason.TOO_LARGE));
    }
    return parameter(raw.get(), Transport.QUERY);
  }

  private static Optional<Extraction<BearerToken>> parameter(String raw, Transport transport) {
    UrlEncoded.Lookup lookup = UrlEncoded.find(raw, PARAMETER);
    if (!lookup.wellFormed()) {
      return Optional.of(Extraction.rejected(Reason.BAD_PERCENT_ENCODING));
    }
    List<String> values = lookup.values();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      return Optional.of(Extraction.rejected(Reason.DUPLICATE_PARAMETER));
    }
    if (values.get(0).isEmpty()) {
      return Optional.of(Extraction.rejected(Reason.EMPTY_ACCESS_TOKEN));
    }
    return Optional.of(token(values.get(0), transport));
  }

  static Extraction<BearerToken> token(String token, Transport transport) {
    if (token.length() > Limits.CREDENTIAL_CHARS) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    if (Ascii.isToken68(token)) { // and so free of control characters
      return Extraction.present(new BearerToken(token, transport));
    }
    return Extraction.rejected(
        Ascii.indexOfCtl(token) >= 0 ? Reason.CONTROL_CHARACTER : Reason.BAD_TOKEN68);
  }
}
